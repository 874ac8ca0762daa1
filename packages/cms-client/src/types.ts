import type { Language, Region, SyncedCollection, TombstoneReason } from '@chasqui/cms-types'

/**
 * View models: what the client returns. Wire documents are reshaped here (mappers.ts)
 * before anything renders them, so pages never depend on Payload's response shapes.
 */

export type Paginated<T> = {
  items: T[]
  page: number
  totalPages: number
  totalItems: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

/** Rich text as stored (Lexical JSON); render it with @payloadcms/richtext-lexical/react. */
export type RichTextValue = { root: { children: unknown[] } & Record<string, unknown> }

export type ImageSize = { url: string; width: number; height: number; mimeType?: string }

export type ImageView = {
  url: string
  alt: string
  width: number
  height: number
  caption?: string
  credit?: string
  /** Focal point in percent, for art direction. */
  focal: { x: number; y: number }
  sizes: Partial<Record<'thumbnail' | 'card' | 'hero' | 'og', ImageSize>>
}

export type FileView = {
  url: string
  title: string
  filename: string
  filesize: number
  mimeType: string
  language: Language
  /** The PDF of a members-only report or bulletin: served to active members only, through the site. */
  membersOnly: boolean
}

export type TopicRef = { slug: string; name: string }

/** Another edition of the same work: the original or a translation. */
export type EditionLink = { language: Language; path: string; title?: string }

export type Seo = { title?: string; description?: string; image?: ImageView }

export type FeedType = 'articles' | 'bulletins' | 'reports' | 'case-studies' | 'translations' | 'pages' | 'evidence'
/** The sections a reader browses: each translated edition belongs to its original's section. */
export type Section = 'articles' | 'bulletins' | 'reports' | 'case-studies' | 'pages' | 'evidence'

/** An entry of the mixed feed, a listing or search results. */
export type FeedItem = {
  id: string
  section: Section
  kind: string | null
  title: string
  summary: string
  path: string
  language: Language
  publishedAt: string | null
  bulletin: { number: number; period: string } | null
  membersOnly: boolean
  editions: EditionLink[]
}

type Published = {
  id: string
  title: string
  summary: string
  path: string
  language: Language
  publishedAt: string | null
  updatedAt: string
  seo: Seo
  /** All published editions of the work, this one included. */
  editions: EditionLink[]
  /** The body is withheld from this reader (members-only). */
  bodyWithheld: boolean
  membersOnly: boolean
}

export type ArticleView = Published & {
  type: 'article'
  kind: 'news' | 'analysis' | 'editorial' | 'campaign' | 'event_report' | 'press_release'
  heroImage: ImageView | null
  body: RichTextValue | null
  authors: string[]
  topics: TopicRef[]
  regions: Region[]
  bulletin: { number: number; period: string; title: string } | null
}

export type ReportView = Published & {
  type: 'report'
  kind: 'research' | 'annual' | 'briefing'
  cover: ImageView | null
  pdf: FileView | null
  body: RichTextValue | null
  reportNumber: string | null
  partners: { name: string; url: string | null }[]
  topics: TopicRef[]
  regions: Region[]
}

export type EvidenceView = {
  id: string
  title: string
  kind: 'court_document' | 'diplomatic_cable' | 'video' | 'photo' | 'testimony' | 'press'
  date: string
  description: string
  provenance: string
  citation: string
  language: Language
  sensitivity: 'public' | 'redacted'
  redactionNote: string | null
  consentRecorded: boolean
  /** Withheld for redacted items. */
  file: FileView | null
  image: ImageView | null
  url: string | null
  transcript: string | null
}

export type CaseStudyView = Published & {
  type: 'case-study'
  heroImage: ImageView | null
  contentWarning: string | null
  region: Region | null
  topics: TopicRef[]
  chapters: { title: string; body: RichTextValue | null }[]
  timeline: { date: string; event: string; detail: string | null }[]
  evidence: EvidenceView[]
}

export type PageBlock =
  | { type: 'text'; content: RichTextValue }
  | { type: 'callout'; heading: string; text: string; link: { label: string; path: string } | null }
  | { type: 'image'; image: ImageView; caption: string | null }
  | { type: 'links'; heading: string | null; links: { label: string; href: string; external: boolean }[] }

export type PageView = Published & {
  type: 'page'
  blocks: PageBlock[]
  topics: TopicRef[]
}

export type BulletinView = {
  type: 'bulletin'
  id: string
  number: number
  title: string
  period: string
  summary: string | null
  path: string
  publishedAt: string | null
  updatedAt: string
  cover: ImageView | null
  pdf: FileView | null
  membersOnly: boolean
  /** Members-only and its full issue not readable by this caller: show the members' notice. */
  pdfWithheld: boolean
  articles: { title: string; summary: string; path: string; kind: string }[]
  seo: Seo
}

/**
 * A translated edition, shaped like its original's view so the same templates render
 * it: `original` says what it translates.
 */
export type TranslationView = Published & {
  type: 'translation'
  section: 'articles' | 'reports' | 'case-studies' | 'pages'
  original: { title: string; path: string; language: Language } | null
  /** The original's type (a report's `research`, an article's `editorial`…), number, topics and regions. */
  kind: string | null
  reportNumber: string | null
  topics: TopicRef[]
  regions: Region[]
  translator: string | null
  needsUpdate: boolean
  body: RichTextValue | null
  chapters: { title: string; body: RichTextValue | null }[]
  pdf: FileView | null
}

/**
 * A menu link. `localizable`: a site section or topic, which exists in every language
 * (the site adds the language prefix); otherwise a specific document's own address.
 */
export type NavLink = { label: string; href: string; localizable: boolean }

export type SiteGlobals = {
  siteName: string
  tagline: string | null
  organisation: string | null
  contactEmail: string | null
  footerText: string | null
  defaultImage: ImageView | null
  header: NavLink[]
  footer: NavLink[]
  home: {
    featured: FeedItem[]
    /** `link`: the call to action, to the editors' join page. */
    pitch: { heading: string; points: string[]; link: NavLink | null } | null
  }
}

export type TopicView = { id: string; slug: string; name: string; description: string | null; seo: Seo }

export type SearchFilters = {
  query?: string
  section?: Section
  topic?: string
  region?: Region
  year?: number
  language?: Language
  page?: number
  limit?: number
}

export type HealthStatus = { status: 'ok' | 'error'; service: string; [key: string]: unknown }

export type SitemapEntry = { path: string; updatedAt: string; editions: EditionLink[] }

/** One entry of the change feed (`GET /api/changes`). */
export type Change =
  | {
      kind: 'upsert'
      collection: SyncedCollection
      id: string
      updatedAt: string
      /** The document as the caller may read it (published; public fields only for visitors and integrators). */
      doc: Record<string, unknown>
    }
  | {
      kind: 'delete'
      collection: SyncedCollection
      id: string
      /** When the document left public view. */
      updatedAt: string
      reason: TombstoneReason
    }

export type ChangesPage = {
  changes: Change[]
  /** Store it; pass it back as `after` to continue exactly where this page ended. */
  nextCursor: string
  hasMore: boolean
}

export type ChangesQuery = {
  /** Changes at or after this instant (ISO 8601 or a Date); ignored when `after` is given. */
  since?: string | Date
  /** A `nextCursor` from an earlier page. */
  after?: string
  /** 1–100; default 50. */
  limit?: number
  /** Locale of localized fields (topics' names), e.g. `es`. */
  locale?: Language
  /** 0 (ids only, the default) or 1 (related documents populated). */
  depth?: 0 | 1
}
