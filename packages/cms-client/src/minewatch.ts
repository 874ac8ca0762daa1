import type { Article, CaseStudy, Conflict, Language, MinewatchRelease, MinewatchSnapshot } from '@chasqui/cms-types'

import { editionPath, type PayloadList } from './mappers.js'
import { toQueryString } from './query.js'
import { tags } from './tags.js'

/** A published MineWatch release without its data. */
export type MinewatchReleaseSummary = {
  month: string
  summary: string
  publishedAt: string
  sampleData: boolean
}

export type MinewatchRelated = { title: string; path: string; kind: 'article' | 'case-study' }

export type CorrectionInput = { name: string; email: string; record: string; problem: string; source?: string }

/** The API's page-size cap: a hundred releases is more than eight years of monthly releases. */
const MAX_RELEASES = 100

type Request = <T>(path: string, requestTags: string[], init?: RequestInit) => Promise<T>

/** The tags of everything a MineWatch page may show: live data and releases. */
export const MINEWATCH_TAGS = ['companies', 'projects', 'conflicts', 'minewatch-releases'].map((collection) => tags.collection(collection))

/** MineWatch reads (and the one write: a reader's correction, sent with the site's key). */
export function minewatchMethods(request: Request) {
  return {
    /** Published releases, newest first. */
    async listMinewatchReleases(): Promise<MinewatchReleaseSummary[]> {
      const query = toQueryString({
        where: { published: { equals: true } },
        sort: '-month',
        depth: 0,
        limit: MAX_RELEASES,
        select: { month: true, summary: true, publishedAt: true, sampleData: true },
      })
      const result = await request<PayloadList<MinewatchRelease>>(`/api/minewatch-releases${query}`, [tags.collection('minewatch-releases')])
      return result.docs.map((doc) => ({
        month: doc.month,
        summary: doc.summary,
        publishedAt: doc.publishedAt ?? '',
        sampleData: Boolean(doc.sampleData),
      }))
    },

    /** A published release's frozen data (`month`), or the live data; null when there is no such release. */
    async getMinewatchSnapshot(month?: string): Promise<MinewatchSnapshot | null> {
      try {
        const body = await request<MinewatchSnapshot>(`/api/minewatch/snapshot${toQueryString(month ? { release: month } : {})}`, MINEWATCH_TAGS)
        return { companies: body.companies, projects: body.projects, conflicts: body.conflicts }
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null
        throw error
      }
    },

    /** The published articles and case studies linked from a conflict. */
    async getConflictRelated(slug: string, language: Language): Promise<MinewatchRelated[]> {
      const query = toQueryString({
        where: { slug: { equals: slug } },
        depth: 1,
        limit: 1,
        locale: language,
        select: { relatedArticles: true, relatedCaseStudies: true },
        populate: { articles: { title: true, slug: true, language: true }, 'case-studies': { title: true, slug: true, language: true } },
      })
      const result = await request<PayloadList<Conflict>>(`/api/conflicts${query}`, [tags.collection('conflicts'), tags.feed])
      const conflict = result.docs[0]
      if (!conflict) return []
      const related: MinewatchRelated[] = []
      for (const article of conflict.relatedArticles ?? []) {
        if (typeof article === 'object' && article.slug) related.push({ title: article.title, path: editionPath('articles', article.slug, (article as Article).language), kind: 'article' })
      }
      for (const study of conflict.relatedCaseStudies ?? []) {
        if (typeof study === 'object' && study.slug) related.push({ title: study.title, path: editionPath('case-studies', study.slug, (study as CaseStudy).language), kind: 'case-study' })
      }
      return related
    },

    /** Files a reader's correction; the client must carry the site's key. */
    async createCorrection(input: CorrectionInput): Promise<void> {
      await request('/api/corrections', [], {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      })
    },
  }
}
