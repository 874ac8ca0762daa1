import type {
  Article,
  Bulletin,
  CaseStudy,
  Document,
  Evidence,
  Home,
  Language,
  Media,
  Navigation,
  Page,
  Region,
  Report,
  Search,
  SiteSetting,
  Topic,
  Translation,
} from '@chasqui/cms-types'
import { sitePath } from '@chasqui/cms-types'

import type {
  ArticleView,
  BulletinView,
  CaseStudyView,
  EditionLink,
  EvidenceView,
  FeedItem,
  FileView,
  ImageView,
  NavLink,
  PageBlock,
  PageView,
  Paginated,
  ReportView,
  RichTextValue,
  Section,
  Seo,
  SiteGlobals,
  TopicRef,
  TopicView,
  TranslationView,
} from './types.js'

/** Payload's list response. */
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

const isObject = <T>(value: string | T | null | undefined): value is T => typeof value === 'object' && value !== null
const richText = (value: unknown): RichTextValue | null =>
  isObject(value as object) && 'root' in (value as object) ? (value as RichTextValue) : null

export function toImage(value: string | Media | null | undefined): ImageView | null {
  if (!isObject(value) || !value.url) return null
  const sizes: ImageView['sizes'] = {}
  for (const name of ['thumbnail', 'card', 'hero', 'og'] as const) {
    const size = value.sizes?.[name]
    if (size?.url && size.width && size.height) {
      sizes[name] = { url: size.url, width: size.width, height: size.height, ...(size.mimeType && { mimeType: size.mimeType }) }
    }
  }
  return {
    url: value.url,
    alt: value.alt,
    width: value.width ?? 0,
    height: value.height ?? 0,
    ...(value.caption && { caption: value.caption }),
    ...(value.credit && { credit: value.credit }),
    focal: { x: value.focalX ?? 50, y: value.focalY ?? 50 },
    sizes,
  }
}

export function toFile(value: string | Document | null | undefined): FileView | null {
  if (!isObject(value) || !value.url) return null
  return {
    url: value.url,
    title: value.title,
    filename: value.filename ?? 'file',
    filesize: value.filesize ?? 0,
    mimeType: value.mimeType ?? 'application/octet-stream',
    language: value.language,
    membersOnly: value.visibility === 'members',
  }
}

export function toTopicRefs(values: (string | Topic)[] | null | undefined): TopicRef[] {
  return (values ?? []).filter(isObject).map((topic) => ({ slug: topic.slug, name: topic.name }))
}

type Meta = { title?: string | null; description?: string | null; image?: string | Media | null } | null | undefined

export function toSeo(meta: Meta): Seo {
  const image = toImage(meta?.image)
  return {
    ...(meta?.title && { title: meta.title }),
    ...(meta?.description && { description: meta.description }),
    ...(image && { image }),
  }
}

export type WorkSection = 'articles' | 'reports' | 'case-studies' | 'pages'

/** Where an edition of a work lives: under its own language, in its original's section. */
export function editionPath(section: WorkSection, slug: string, language: Language): string {
  return sitePath({ collection: section, slug }, language)
}

function editionsOf(value: unknown): EditionLink[] {
  return Array.isArray(value)
    ? value.filter((item): item is EditionLink => typeof item?.language === 'string' && typeof item?.path === 'string')
    : []
}

const SECTIONS = new Set<Section>(['articles', 'bulletins', 'reports', 'case-studies', 'pages', 'evidence'])
const isWorkSection = (section: string): section is WorkSection =>
  section === 'articles' || section === 'reports' || section === 'case-studies' || section === 'pages'

/** A search-index entry as a feed item: the index is also the site's mixed feed. */
export function toFeedItem(doc: Search): FeedItem {
  const type = doc.doc.relationTo
  const docId = typeof doc.doc.value === 'string' ? doc.doc.value : doc.doc.value.id
  const section = (type === 'translations' ? doc.originalType : type) as Section
  const language = doc.language ?? 'en'
  let path: string
  if (type === 'bulletins') path = sitePath({ collection: 'bulletins', number: doc.number ?? 0 })
  else if (type === 'evidence') path = sitePath({ collection: 'evidence', id: docId }, language)
  else path = editionPath(isWorkSection(section) ? section : 'articles', doc.slug ?? docId, language)
  return {
    id: docId,
    section: SECTIONS.has(section) ? section : 'articles',
    kind: doc.kind ?? null,
    title: doc.title ?? '',
    summary: doc.summary ?? '',
    path,
    language,
    publishedAt: doc.publishedAt ?? null,
    bulletin: doc.bulletinNumber ? { number: doc.bulletinNumber, period: doc.bulletinPeriod ?? '' } : null,
    membersOnly: doc.visibility === 'members',
    editions: editionsOf(doc.editions),
  }
}

function published(
  doc: {
    id: string
    title: string
    summary: string
    slug?: string | null
    publishedAt?: string | null
    updatedAt: string
    visibility?: 'public' | 'members'
    meta?: Meta
  },
  section: WorkSection,
  language: Language,
  editions: EditionLink[],
  hasBody: boolean,
) {
  const membersOnly = doc.visibility === 'members'
  return {
    id: doc.id,
    title: doc.title,
    summary: doc.summary,
    path: editionPath(section, doc.slug ?? doc.id, language),
    language,
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    seo: toSeo(doc.meta),
    editions,
    membersOnly,
    bodyWithheld: membersOnly && !hasBody,
  }
}

export function toArticle(doc: Article, editions: EditionLink[]): ArticleView {
  const bulletin = isObject(doc.bulletin) ? doc.bulletin : null
  return {
    ...published(doc, 'articles', doc.language, editions, Boolean(doc.body)),
    type: 'article',
    kind: doc.kind,
    heroImage: toImage(doc.heroImage),
    body: richText(doc.body),
    authors: (doc.authors ?? []).map((author) => author.name),
    topics: toTopicRefs(doc.topics),
    regions: doc.regions ?? [],
    bulletin: bulletin ? { number: bulletin.number, period: bulletin.period, title: bulletin.title } : null,
  }
}

export function toReport(doc: Report, editions: EditionLink[]): ReportView {
  return {
    ...published(doc, 'reports', doc.language, editions, Boolean(doc.body) || doc.visibility !== 'members'),
    type: 'report',
    kind: doc.kind,
    cover: toImage(doc.cover),
    pdf: toFile(doc.pdf),
    body: richText(doc.body),
    reportNumber: doc.reportNumber ?? null,
    partners: (doc.partners ?? []).map((partner) => ({ name: partner.name, url: partner.url ?? null })),
    topics: toTopicRefs(doc.topics),
    regions: doc.regions ?? [],
  }
}

export function toEvidence(doc: Evidence): EvidenceView {
  return {
    id: doc.id,
    title: doc.title,
    kind: doc.kind,
    date: doc.date,
    description: doc.description,
    provenance: doc.provenance,
    citation: doc.citation,
    language: doc.language,
    sensitivity: doc.sensitivity === 'redacted' ? 'redacted' : 'public',
    redactionNote: doc.redactionNote ?? null,
    consentRecorded: Boolean(doc.consentRecorded),
    file: toFile(doc.file),
    image: toImage(doc.image),
    url: doc.url ?? null,
    transcript: doc.transcript ?? null,
  }
}

export function toCaseStudy(doc: CaseStudy, editions: EditionLink[]): CaseStudyView {
  return {
    ...published(doc, 'case-studies', doc.language, editions, true),
    type: 'case-study',
    heroImage: toImage(doc.heroImage),
    contentWarning: doc.contentWarning ?? null,
    region: doc.region ?? null,
    topics: toTopicRefs(doc.topics),
    chapters: (doc.chapters ?? []).map((chapter) => ({ title: chapter.title, body: richText(chapter.body) })),
    timeline: (doc.timeline ?? []).map((entry) => ({ date: entry.date, event: entry.event, detail: entry.detail ?? null })),
    // Unreadable evidence (staff-only, drafts) is not populated and is left out here.
    evidence: (doc.evidence ?? []).filter(isObject).map(toEvidence),
  }
}

function toBlock(block: NonNullable<Page['layout']>[number]): PageBlock | null {
  switch (block.blockType) {
    case 'richText':
      return richText(block.content) ? { type: 'text', content: richText(block.content)! } : null
    case 'callout': {
      const page = isObject(block.linkPage) ? block.linkPage : null
      return {
        type: 'callout',
        heading: block.heading,
        text: block.text,
        link: page && block.linkLabel ? { label: block.linkLabel, path: editionPath('pages', page.slug, page.language) } : null,
      }
    }
    case 'image': {
      const image = toImage(block.image)
      return image ? { type: 'image', image, caption: block.caption ?? null } : null
    }
    case 'linkList':
      return {
        type: 'links',
        heading: block.heading ?? null,
        links: (block.links ?? []).flatMap((link) => {
          const internal = link.internal && isObject(link.internal.value) ? link.internal : null
          if (internal) {
            const target = internal.value as { slug: string; language: Language }
            return [{ label: link.label, href: editionPath(internal.relationTo, target.slug, target.language), external: false }]
          }
          return link.url ? [{ label: link.label, href: link.url, external: /^https?:\/\//.test(link.url) }] : []
        }),
      }
    default:
      return null
  }
}

export function toPage(doc: Page, editions: EditionLink[]): PageView {
  return {
    ...published(doc, 'pages', doc.language, editions, true),
    type: 'page',
    blocks: (doc.layout ?? []).map(toBlock).filter((block): block is PageBlock => block !== null),
    topics: toTopicRefs(doc.topics),
  }
}

export function toBulletin(doc: Bulletin): BulletinView {
  const articles = (doc.articles?.docs ?? []).filter(isObject) as Article[]
  return {
    type: 'bulletin',
    id: doc.id,
    number: doc.number,
    title: doc.title,
    period: doc.period,
    summary: doc.summary ?? null,
    path: sitePath({ collection: 'bulletins', number: doc.number }),
    publishedAt: doc.publishedAt ?? null,
    updatedAt: doc.updatedAt,
    cover: toImage(doc.cover),
    pdf: toFile(doc.pdf),
    membersOnly: doc.visibility === 'members',
    // The full issue of a members-only bulletin is withheld like a body (fields/members-file.ts).
    pdfWithheld: doc.visibility === 'members' && !doc.pdf,
    articles: articles.map((article) => ({
      title: article.title,
      summary: article.summary,
      kind: article.kind,
      path: editionPath('articles', article.slug, article.language),
    })),
    seo: toSeo(doc.meta),
  }
}

export function toTranslation(doc: Translation, editions: EditionLink[]): TranslationView {
  const section = doc.original.relationTo
  const original = isObject(doc.original.value)
    ? (doc.original.value as {
        title: string
        slug: string
        language: Language
        kind?: string
        reportNumber?: string | null
        topics?: (string | Topic)[] | null
        regions?: Region[] | null
        region?: Region | null
      })
    : null
  return {
    ...published(doc, section, doc.language, editions, Boolean(doc.body) || doc.visibility !== 'members'),
    type: 'translation',
    section,
    // What the work is and what it is about are the original's.
    kind: original?.kind ?? null,
    reportNumber: original?.reportNumber ?? null,
    topics: toTopicRefs(original?.topics),
    regions: original?.regions ?? (original?.region ? [original.region] : []),
    original: original ? { title: original.title, path: editionPath(section, original.slug, original.language), language: original.language } : null,
    translator: doc.translator ?? null,
    needsUpdate: Boolean(doc.needsUpdate),
    body: richText(doc.body),
    chapters: (doc.chapters ?? []).map((chapter) => ({ title: chapter.title, body: richText(chapter.body) })),
    pdf: toFile(doc.pdf),
  }
}

export function toTopic(doc: Topic): TopicView {
  return { id: doc.id, slug: doc.slug, name: doc.name, description: doc.description ?? null, seo: toSeo(doc.meta) }
}

/**
 * Site routes that editors describe with a page of the same slug: the join form shows the
 * "join" page above it. The route exists in every language, so a link to that page follows
 * the reader's language, where a link to any other page goes to that page's own edition.
 */
const PAGES_AT_SITE_ROUTES = new Set(['join'])

function pageLink(label: string, page: Page): NavLink {
  return PAGES_AT_SITE_ROUTES.has(page.slug)
    ? { label, href: `/${page.slug}`, localizable: true }
    : { label, href: editionPath('pages', page.slug, page.language), localizable: false }
}

function toNavLinks(rows: Navigation['header']): NavLink[] {
  return (rows ?? []).flatMap((row) => {
    const target = row.page && isObject(row.page.value) ? row.page : null
    if (target?.relationTo === 'pages') return [pageLink(row.label, target.value as Page)]
    if (target?.relationTo === 'topics') {
      return [{ label: row.label, href: sitePath({ collection: 'topics', slug: (target.value as Topic).slug }), localizable: true }]
    }
    return row.path ? [{ label: row.label, href: row.path, localizable: row.path.startsWith('/') }] : []
  })
}

export function toSiteGlobals(settings: SiteSetting, navigation: Navigation, home: Home, featured: FeedItem[]): SiteGlobals {
  const pitch = home.membershipPitch
  const joinPage = isObject(pitch?.joinPage) ? (pitch.joinPage as Page) : null
  return {
    siteName: settings.siteName,
    tagline: settings.tagline ?? null,
    organisation: settings.organisation ?? null,
    contactEmail: settings.contactEmail ?? null,
    footerText: settings.footerText ?? null,
    defaultImage: toImage(settings.defaultImage),
    header: toNavLinks(navigation.header),
    footer: toNavLinks(navigation.footer),
    home: {
      featured,
      pitch: pitch
        ? {
            heading: pitch.heading,
            points: (pitch.points ?? []).map((point) => point.text),
            link: joinPage ? pageLink(pitch.callToAction, joinPage) : null,
          }
        : null,
    },
  }
}
