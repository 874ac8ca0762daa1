import type { Language, Region, TranslatableCollection } from '@chasqui/cms-types'

/**
 * The shapes demo content is written in. Bodies are Markdown (converted to Lexical by
 * the editor's own converter); images and PDFs are described, then generated locally
 * by seed/assets.ts — nothing is downloaded. References between items use stable keys
 * (slugs, bulletin numbers, evidence keys), resolved to ids when seeding.
 */
export type Markdown = string

/** A generated placeholder image: a coloured card with a label (sharp renders it). */
export type DemoImage = {
  /** Stable key; becomes the file name `<key>.png`. */
  key: string
  alt: string
  caption?: string
  credit?: string
  /** Background colour, e.g. '#7a2e1d'. */
  colour: string
  /** Short text drawn on the image. */
  label: string
}

/** A generated PDF with real text pages (pdf-lib renders it). */
export type DemoDocument = {
  /** Stable key; becomes the file name `<key>.pdf`. */
  key: string
  title: string
  language: Language
  description?: string
  pages: { heading: string; paragraphs: string[] }[]
}

export type DemoTopic = {
  slug: string
  name: { en: string; es: string }
  description?: { en: string; es: string }
}

export type PublishState =
  | { status: 'published' }
  | { status: 'draft' }
  /** Published by the jobs queue this many days after the seed runs. */
  | { status: 'scheduled'; inDays: number }

export type DemoArticle = {
  slug: string
  title: string
  kind: 'news' | 'analysis' | 'editorial' | 'campaign' | 'event_report' | 'press_release'
  /** ISO date-time; for drafts and scheduled items, leave it out. */
  publishedAt?: string
  summary: string
  body: Markdown
  authors?: string[]
  topics: string[]
  regions: Region[]
  /** The bulletin issue number it appeared in. */
  bulletin?: number
  visibility?: 'public' | 'members'
  state?: PublishState
  heroImage?: DemoImage
}

export type DemoBulletin = {
  number: number
  title: string
  /** e.g. 'Aug – Sep 2012' */
  period: string
  publishedAt: string
  summary: string
  cover?: DemoImage
  pdf?: DemoDocument
}

export type DemoReport = {
  slug: string
  title: string
  kind: 'research' | 'annual' | 'briefing'
  publishedAt: string
  summary: string
  body?: Markdown
  reportNumber?: string
  partners?: { name: string; url?: string }[]
  topics: string[]
  regions: Region[]
  language: Language
  visibility?: 'public' | 'members'
  cover?: DemoImage
  pdf?: DemoDocument
}

export type DemoTranslation = {
  original: { collection: TranslatableCollection; slug: string }
  language: Language
  slug: string
  title: string
  summary: string
  body?: Markdown
  chapters?: { title: string; body: Markdown }[]
  translator?: string
  publishedAt: string
  pdf?: DemoDocument
}

export type DemoEvidence = {
  /** Stable key, used by case studies to list it. */
  key: string
  title: string
  kind: 'court_document' | 'diplomatic_cable' | 'video' | 'photo' | 'testimony' | 'press'
  /** ISO date of the source itself. */
  date: string
  description: string
  provenance: string
  citation: string
  transcript?: string
  url?: string
  sensitivity: 'public' | 'redacted' | 'staff_only'
  redactionNote?: string
  consentRecorded: boolean
  consentNotes?: string
  language: Language
  image?: DemoImage
  file?: DemoDocument
}

export type DemoCaseStudy = {
  slug: string
  title: string
  publishedAt: string
  summary: string
  contentWarning?: string
  region: Region
  topics: string[]
  heroImage?: DemoImage
  chapters: { title: string; body: Markdown }[]
  timeline: { date: string; event: string; detail?: string }[]
  /** Evidence keys, in the order to list them. */
  evidence: string[]
}

export type DemoPageBlock =
  | { type: 'text'; markdown: Markdown }
  | { type: 'callout'; heading: string; text: string; linkLabel?: string; linkPage?: string }
  | { type: 'links'; heading?: string; links: { label: string; page?: string; url?: string }[] }

export type DemoPage = {
  slug: string
  title: string
  summary: string
  publishedAt: string
  topics: string[]
  blocks: DemoPageBlock[]
}

export type DemoLink = { label: { en: string; es: string }; page?: string; path?: string }

export type DemoGlobals = {
  siteSettings: {
    siteName: string
    tagline: { en: string; es: string }
    organisation: string
    contactEmail: string
    footerText: { en: string; es: string }
  }
  navigation: { header: DemoLink[]; footer: DemoLink[] }
  home: {
    featured: ({ collection: 'articles' | 'reports' | 'case-studies'; slug: string } | { collection: 'bulletins'; number: number })[]
    membershipPitch: {
      en: { heading: string; points: string[]; callToAction: string }
      es: { heading: string; points: string[]; callToAction: string }
      joinPage: string
    }
  }
}

export type { Language, Region, TranslatableCollection }
