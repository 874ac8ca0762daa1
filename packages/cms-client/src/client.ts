import type {
  Article,
  Bulletin,
  CaseStudy,
  Evidence,
  Home,
  Language,
  Navigation,
  Page,
  Redirect,
  Report,
  Search,
  SiteSetting,
  Topic,
  Translation,
} from '@chasqui/cms-types'
import { DEFAULT_LOCALE } from '@chasqui/cms-types'

import { CmsError, CmsUnavailableError } from './errors.js'
import {
  editionPath,
  type PayloadList,
  toArticle,
  toBulletin,
  toCaseStudy,
  toEvidence,
  toFeedItem,
  toPage,
  toPaginated,
  toReport,
  toSiteGlobals,
  toTopic,
  toTranslation,
  type WorkSection,
} from './mappers.js'
import { minewatchMethods } from './minewatch.js'
import { toQueryString } from './query.js'
import { tags } from './tags.js'
import type {
  ArticleView,
  BulletinView,
  ChangesPage,
  ChangesQuery,
  CaseStudyView,
  EditionLink,
  EvidenceView,
  FeedItem,
  HealthStatus,
  PageView,
  Paginated,
  ReportView,
  SearchFilters,
  Section,
  SiteGlobals,
  SitemapEntry,
  TopicView,
  TranslationView,
} from './types.js'

export type CmsClientOptions = {
  /** Where the CMS answers, e.g. `https://cms.example.org` (no trailing `/api`). */
  baseUrl: string
  /**
   * An API key. An integrator's key (`chq_…`) is sent as `Authorization: API-Key <key>`;
   * any other (the site-preview account's) as `Authorization: users API-Key <key>`.
   */
  apiKey?: string
  /** Read drafts (with a key that may): the latest version of each document. */
  draft?: boolean
  /** Defaults to the global fetch. */
  fetch?: typeof fetch
  /**
   * Extra `fetch` options per request, given the request's cache tags — e.g. in
   * Next.js: `({ tags }) => ({ cache: 'force-cache', next: { tags } })`.
   */
  requestInit?: (context: { tags: string[] }) => RequestInit
  /** Per-request timeout; a slower answer counts as unavailable. Default 10 s. */
  timeoutMs?: number
}

/** The largest page any list query asks for (the cms refuses more). */
export const MAX_PAGE_SIZE = 100

type Where = Record<string, unknown>
type Params = Record<string, unknown>

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Fields populated documents keep, per collection: what the site renders of them, nothing more. */
const POPULATE = {
  // `url` is computed from `filename`: without it the url comes back null.
  media: { url: true, filename: true, alt: true, width: true, height: true, caption: true, credit: true, focalX: true, focalY: true, sizes: true, mimeType: true },
  documents: { url: true, title: true, filename: true, filesize: true, mimeType: true, language: true },
  topics: { name: true, slug: true },
  bulletins: { number: true, period: true, title: true },
  articles: { title: true, slug: true, language: true, summary: true, kind: true },
  reports: { title: true, slug: true, language: true },
  'case-studies': { title: true, slug: true, language: true },
  pages: { title: true, slug: true, language: true },
}

/** What a translation shows of its original: what it is, where it is and what it is about. */
const ORIGINAL_OF_TRANSLATION = {
  ...POPULATE,
  articles: { ...POPULATE.articles, topics: true, regions: true },
  reports: { ...POPULATE.reports, kind: true, reportNumber: true, topics: true, regions: true },
  'case-studies': { ...POPULATE['case-studies'], topics: true, region: true },
  pages: { ...POPULATE.pages, topics: true },
}

/** Feed entries: every search-index field but the indexed text (the cms's full-text search answers with these too). */
export const FEED_SELECT = {
  title: true,
  doc: true,
  type: true,
  kind: true,
  originalType: true,
  summary: true,
  language: true,
  slug: true,
  number: true,
  publishedAt: true,
  visibility: true,
  bulletinNumber: true,
  bulletinPeriod: true,
  editions: true,
} as const

const FEED_SECTIONS: Section[] = ['articles', 'bulletins', 'reports', 'case-studies']

/** The Authorization header for a key: integrators' keys start with `chq_`. */
export function authorization(apiKey: string): string {
  return apiKey.startsWith('chq_') ? `API-Key ${apiKey}` : `users API-Key ${apiKey}`
}

export function createCmsClient(options: CmsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? 10_000
  const draft = Boolean(options.draft)

  async function request<T>(path: string, requestTags: string[] = [], init?: RequestInit): Promise<T> {
    const headers = new Headers(init?.headers)
    headers.set('Accept', 'application/json')
    if (options.apiKey) headers.set('Authorization', authorization(options.apiKey))
    let response: Response
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        ...options.requestInit?.({ tags: requestTags }),
        ...init,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new CmsUnavailableError(`CMS unreachable at ${baseUrl}: ${reason}`)
    }
    if (response.status >= 500) throw new CmsUnavailableError(`CMS answered ${response.status} for ${path}`, response.status)
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      const message = body?.errors?.[0]?.message ?? response.statusText
      throw new CmsError(`CMS answered ${response.status} for ${path}: ${message}`, response.status, 'CMS_REQUEST_FAILED')
    }
    return (await response.json()) as T
  }

  const list = <T>(collection: string, params: Params, requestTags: string[]) =>
    request<PayloadList<T>>(`/api/${collection}${toQueryString({ depth: 0, ...params, ...(draft && { draft: true }) })}`, requestTags)

  /** Published only, except when reading drafts for preview. */
  const live = (where: Where): Where => (draft ? where : { and: [where, PUBLISHED] })

  const pageOf = (page = 1, limit = 20) => ({ page: Math.max(1, Math.floor(page)), limit: Math.min(Math.max(1, limit), MAX_PAGE_SIZE) })

  /**
   * One edition per work and language: the edition in `language`, or the work's original
   * when it has no edition in that language (shown as a foreign-language item). Each
   * index entry lists the languages it stands for (`showIn`, kept by the cms).
   */
  const oneEditionPer = (language: Language): Where => ({ showIn: { like: ` ${language} ` } })

  async function editionsOfWork(section: WorkSection, workId: string, original: EditionLink | null): Promise<EditionLink[]> {
    const translations = await list<Translation>(
      'translations',
      {
        where: {
          and: [{ 'original.relationTo': { equals: section } }, { 'original.value': { equals: workId } }, PUBLISHED],
        },
        select: { title: true, slug: true, language: true },
        limit: 20,
        pagination: false,
      },
      [tags.document(section, workId)],
    )
    const editions: EditionLink[] = original ? [original] : []
    for (const doc of translations.docs) {
      editions.push({ language: doc.language, path: editionPath(section, doc.slug, doc.language), title: doc.title })
    }
    return editions.sort((a, b) => a.language.localeCompare(b.language))
  }

  /**
   * The home page's featured items, in the editors' order, each in `language` where the
   * work has a published edition in it (as the feed shows them); unpublished ones are left out.
   */
  async function featuredItems(ids: string[], language: Language): Promise<FeedItem[]> {
    if (ids.length === 0) return []
    // From the search index: only published items are there, and they come as feed items.
    const feedEntries = async (where: Where, limit: number) =>
      (await list<Search>('search', { where, select: FEED_SELECT, limit, pagination: false }, [tags.global('home'), tags.feed])).docs.map(toFeedItem)
    const originals = await feedEntries({ 'doc.value': { in: ids } }, ids.length)
    const editionIn = (item: FeedItem) => (item.language === language ? undefined : item.editions.find((edition) => edition.language === language))
    const wanted = originals.flatMap((item) => editionIn(item) ?? [])
    const translations =
      wanted.length === 0
        ? []
        : await feedEntries(
            {
              and: [
                { 'doc.relationTo': { equals: 'translations' } },
                { language: { equals: language } },
                { slug: { in: wanted.map((edition) => edition.path.split('/').at(-1) ?? '') } },
              ],
            },
            wanted.length,
          )
    const byPath = new Map(translations.map((item) => [item.path, item]))
    return ids.flatMap((id) => {
      const item = originals.find((candidate) => candidate.id === id)
      if (!item) return []
      const edition = editionIn(item)
      return [(edition && byPath.get(edition.path)) ?? item]
    })
  }

  async function getOriginal(section: WorkSection, slug: string, language: Language) {
    const params: Params = {
      where: live({ and: [{ slug: { equals: slug } }, { language: { equals: language } }] }),
      limit: 1,
      depth: section === 'case-studies' ? 2 : 1,
      locale: language,
      populate: POPULATE,
    }
    const result = await list<Article | Report | CaseStudy | Page>(section, params, [tags.slug(section, slug)])
    return result.docs[0] ?? null
  }

  return {
    ...minewatchMethods(request),
    /** The CMS's own health report; never cached. */
    async health(): Promise<HealthStatus> {
      return request<HealthStatus>('/api/health', [], { cache: 'no-store' })
    },

    /** Settings, menus, the home page's featured items and membership pitch, with labels in `language`. */
    async getSiteGlobals(language: Language = DEFAULT_LOCALE): Promise<SiteGlobals> {
      const global = <T>(slug: string, params: Params) =>
        request<T>(`/api/globals/${slug}${toQueryString({ locale: language, ...params })}`, [tags.global(slug)])
      const populate = { pages: POPULATE.pages, topics: POPULATE.topics, media: POPULATE.media }
      const [settings, navigation, home] = await Promise.all([
        global<SiteSetting>('site-settings', { depth: 1, populate }),
        global<Navigation>('navigation', { depth: 1, populate }),
        global<Home>('home', { depth: 1, populate: { ...populate, articles: { id: true }, reports: { id: true }, 'case-studies': { id: true }, bulletins: { id: true } } }),
      ])
      const featuredIds = (home.featured ?? []).map((ref) => (typeof ref.value === 'string' ? ref.value : ref.value.id))
      return toSiteGlobals(settings, navigation, home, await featuredItems(featuredIds, language))
    },

    /** The mixed feed, newest first, one edition per work (see oneEditionPer); optionally one section, topic or region. */
    async listFeed({
      language = DEFAULT_LOCALE,
      section,
      topicId,
      region,
      page,
      limit,
    }: { language?: Language; section?: Section; topicId?: string; region?: string; page?: number; limit?: number } = {}): Promise<
      Paginated<FeedItem>
    > {
      const sections = section ? [section] : FEED_SECTIONS
      const result = await list<Search>(
        'search',
        {
          where: {
            and: [
              { or: [{ type: { in: sections } }, { and: [{ type: { equals: 'translations' } }, { originalType: { in: sections } }] }] },
              oneEditionPer(language),
              ...(topicId ? [{ topics: { in: [topicId] } }] : []),
              ...(region ? [{ regions: { in: [region] } }] : []),
            ],
          },
          sort: '-publishedAt',
          select: FEED_SELECT,
          ...pageOf(page, limit),
        },
        [tags.feed],
      )
      return toPaginated(result, toFeedItem)
    },

    /** Full-text search over published, public content, with filters; newest first (the cms's `/api/search/full-text`). */
    async search({ query, section, topic, region, year, language, page, limit }: SearchFilters): Promise<Paginated<FeedItem>> {
      const params = new URLSearchParams()
      const filters = { q: query?.trim(), section, topic, region, year, language, ...pageOf(page, limit) }
      for (const [name, value] of Object.entries(filters)) if (value) params.set(name, String(value))
      const result = await request<PayloadList<Search>>(`/api/search/full-text?${params}`, [tags.search])
      return toPaginated(result, toFeedItem)
    },

    /**
     * The edition of a work in a section at `slug` in `language`: the original when it is
     * written in that language, otherwise a translation into it. Null when neither exists.
     */
    async getEdition(
      section: WorkSection,
      slug: string,
      language: Language,
    ): Promise<ArticleView | ReportView | CaseStudyView | PageView | TranslationView | null> {
      const original = await getOriginal(section, slug, language)
      if (original) {
        const self: EditionLink = { language, path: editionPath(section, original.slug ?? slug, language), title: original.title }
        const editions = await editionsOfWork(section, original.id, original._status === 'published' ? self : null)
        if (section === 'articles') return toArticle(original as Article, editions)
        if (section === 'reports') return toReport(original as Report, editions)
        if (section === 'case-studies') return toCaseStudy(original as CaseStudy, editions)
        return toPage(original as Page, editions)
      }
      const result = await list<Translation>(
        'translations',
        {
          where: live({
            and: [{ slug: { equals: slug } }, { language: { equals: language } }, { 'original.relationTo': { equals: section } }],
          }),
          limit: 1,
          // The original's type, topics and regions are the translation's too (depth 2: the topics' names).
          depth: 2,
          locale: language,
          populate: ORIGINAL_OF_TRANSLATION,
        },
        [tags.slug('translations', slug)],
      )
      const translation = result.docs[0]
      if (!translation) return null
      const ref = translation.original
      const originalDoc = typeof ref.value === 'object' ? (ref.value as { id: string; title: string; slug: string; language: Language; _status?: string }) : null
      const workId = typeof ref.value === 'string' ? ref.value : ref.value.id
      const originalLink = originalDoc
        ? { language: originalDoc.language, path: editionPath(section, originalDoc.slug, originalDoc.language), title: originalDoc.title }
        : null
      return toTranslation(translation, await editionsOfWork(section, workId, originalLink))
    },

    /** A bulletin issue with its articles. */
    async getBulletin(number: number): Promise<BulletinView | null> {
      const result = await list<Bulletin>(
        'bulletins',
        {
          where: live({ number: { equals: number } }),
          limit: 1,
          depth: 1,
          populate: POPULATE,
          joins: { articles: { limit: 100, sort: 'publishedAt' } },
        },
        [tags.bulletin(number)],
      )
      return result.docs[0] ? toBulletin(result.docs[0]) : null
    },

    /** An evidence item, with the case studies it belongs to. */
    async getEvidence(id: string): Promise<(EvidenceView & { caseStudies: { title: string; path: string }[] }) | null> {
      const result = await list<Evidence>(
        'evidence',
        { where: live({ id: { equals: id } }), limit: 1, depth: 1, populate: POPULATE, joins: { caseStudies: { limit: 20 } } },
        [tags.document('evidence', id)],
      )
      const doc = result.docs[0]
      if (!doc) return null
      const studies = ((doc.caseStudies?.docs ?? []) as (string | CaseStudy)[]).filter(
        (study): study is CaseStudy => typeof study === 'object',
      )
      return {
        ...toEvidence(doc),
        caseStudies: studies.map((study) => ({ title: study.title, path: editionPath('case-studies', study.slug, study.language) })),
      }
    },

    async getTopic(slug: string, language: Language = DEFAULT_LOCALE): Promise<TopicView | null> {
      const result = await list<Topic>(
        'topics',
        { where: { slug: { equals: slug } }, limit: 1, locale: language, depth: 1, populate: { media: POPULATE.media } },
        [tags.slug('topics', slug)],
      )
      return result.docs[0] ? toTopic(result.docs[0]) : null
    },

    async listTopics(language: Language = DEFAULT_LOCALE): Promise<TopicView[]> {
      const result = await list<Topic>(
        'topics',
        { sort: 'name', locale: language, limit: MAX_PAGE_SIZE, select: { name: true, slug: true, description: true } },
        [tags.collection('topics')],
      )
      return result.docs.map(toTopic)
    },

    /** Where an old address now leads, if an editor (or a slug change) said so. */
    async findRedirect(path: string): Promise<{ to: string; permanent: boolean } | null> {
      const result = await list<Redirect>(
        'redirects',
        { where: { from: { equals: path } }, limit: 1, depth: 1, populate: POPULATE },
        [tags.redirects],
      )
      const redirect = result.docs[0]
      if (!redirect) return null
      const permanent = redirect.type !== '302'
      if (redirect.to?.type === 'custom' && redirect.to.url) return { to: redirect.to.url, permanent }
      const reference = redirect.to?.reference
      if (!reference || typeof reference.value !== 'object') return null
      const target = reference.value as { slug?: string; language?: Language; original?: { relationTo: WorkSection } }
      if (!target.slug) return null
      if (reference.relationTo === 'translations') {
        const section = (target.original?.relationTo ?? 'articles') as WorkSection
        return { to: editionPath(section, target.slug, target.language ?? DEFAULT_LOCALE), permanent }
      }
      return { to: editionPath(reference.relationTo as WorkSection, target.slug, target.language ?? DEFAULT_LOCALE), permanent }
    },

    /** A page of the sitemap: every published address with its language editions. */
    async listSitemap({ page, limit = MAX_PAGE_SIZE }: { page?: number; limit?: number } = {}): Promise<Paginated<SitemapEntry>> {
      const result = await list<Search>(
        'search',
        {
          where: { type: { not_equals: 'evidence' } },
          sort: 'createdAt',
          select: { ...FEED_SELECT, updatedAt: true },
          ...pageOf(page, limit),
        },
        [tags.feed],
      )
      return toPaginated(result, (doc) => {
        const item = toFeedItem(doc)
        return { path: item.path, updatedAt: doc.updatedAt, editions: item.editions }
      })
    },

    /**
     * A page of what changed, oldest first: upserts and deletes (deleted, unpublished or
     * made staff-only). A mirror stores `nextCursor` and continues with `{ after }` until
     * `hasMore` is false; see the package README. Never cached.
     */
    async changesSince({ since, after, limit, locale, depth }: ChangesQuery = {}): Promise<ChangesPage> {
      const params = {
        ...(after ? { after } : since !== undefined && { since: since instanceof Date ? since.toISOString() : since }),
        ...(limit !== undefined && { limit: Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE_SIZE) }),
        ...(locale && { locale }),
        ...(depth !== undefined && { depth }),
      }
      return request<ChangesPage>(`/api/changes${toQueryString(params)}`, [], { cache: 'no-store' })
    },
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
