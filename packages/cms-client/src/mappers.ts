import type { Article } from '@chasqui/cms-types'

import type { ArticleSummary, Paginated } from './types.js'

/** Only the fields the REST query selected; everything else is absent on the wire. */
export type ArticleSummaryFields = Pick<Article, 'id' | 'slug' | 'title' | 'kind' | 'summary' | 'publishedAt'>

export const ARTICLE_SUMMARY_SELECT = {
  slug: true,
  title: true,
  kind: true,
  summary: true,
  publishedAt: true,
} as const

export function toArticleSummary(doc: ArticleSummaryFields): ArticleSummary {
  return {
    id: doc.id,
    slug: doc.slug ?? doc.id,
    title: doc.title,
    kind: doc.kind,
    summary: doc.summary,
    publishedAt: doc.publishedAt ?? null,
  }
}

export type PayloadList<T> = {
  docs: T[]
  page?: number
  totalPages: number
  totalDocs: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

export function toPaginated<T, U>(list: PayloadList<T>, map: (doc: T) => U): Paginated<U> {
  return {
    items: list.docs.map(map),
    page: list.page ?? 1,
    totalPages: list.totalPages,
    totalItems: list.totalDocs,
    hasNextPage: list.hasNextPage,
    hasPrevPage: list.hasPrevPage,
  }
}
