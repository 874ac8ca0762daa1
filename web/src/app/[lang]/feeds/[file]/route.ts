import type { Section } from '@chasqui/cms-client'
import { Feed } from 'feed'

import { HTML_LANG, isLanguage, localePath, t } from '../../../../i18n'
import { PUBLIC_CACHE_CONTROL } from '../../../../lib/cache-headers'
import { cms } from '../../../../lib/cms'
import { absolute } from '../../../../lib/seo'


/** Built per request from the CMS's cached answers (tagged, so fresh): never at build time, which must not need the CMS. */
export const dynamic = 'force-dynamic'

/** What a feed file can be about: the whole site or one type. */
const SUBJECTS = { all: undefined, articles: 'articles', reports: 'reports', 'case-studies': 'case-studies', bulletins: 'bulletins' } as const satisfies Record<string, Section | undefined>
type Subject = keyof typeof SUBJECTS

const FORMATS = { xml: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const
type Format = keyof typeof FORMATS

/** How many entries a feed carries: the newest, as readers expect. */
const FEED_SIZE = 50

function parseFile(file: string): { subject: Subject; format: Format } | null {
  const [, subject, format] = /^([a-z-]+)\.(xml|atom)$/.exec(file) ?? []
  if (!subject || !format || !Object.hasOwn(SUBJECTS, subject)) return null
  return { subject: subject as Subject, format: format as Format }
}

/**
 * RSS 2.0 (`…/feeds/articles.xml`) and Atom (`…/feeds/articles.atom`) feeds for the whole
 * site and for each type, in each language. Titles and summaries only: a members-only
 * body or a draft is never in the CMS's public answers, so it cannot be here.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; file: string }> }) {
  const { lang, file } = await params
  const parsed = parseFile(file)
  if (!isLanguage(lang) || !parsed) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  const { subject, format } = parsed
  const language = lang
  const strings = t(language)
  const [globals, items] = await Promise.all([
    cms.getSiteGlobals(language),
    cms.listFeed({ language, section: SUBJECTS[subject], limit: FEED_SIZE }),
  ])
  const title = subject === 'all' ? globals.siteName : `${globals.siteName} — ${strings.sections[subject]}`
  const self = (extension: Format) => absolute(localePath(language, `/feeds/${subject}.${extension}`))
  const feed = new Feed({
    id: absolute(localePath(language, '/')),
    link: absolute(localePath(language, subject === 'all' ? '/' : `/${subject}`)),
    title,
    description: globals.tagline ?? title,
    language: HTML_LANG[language],
    updated: items.items[0]?.publishedAt ? new Date(items.items[0].publishedAt) : new Date(0),
    generator: false,
    copyright: globals.organisation ?? globals.siteName,
    feedLinks: { rss: self('xml'), atom: self('atom') },
  })
  for (const item of items.items) {
    const date = new Date(item.publishedAt ?? 0)
    feed.addItem({
      title: item.bulletin ? `${strings.bulletinIssue(item.bulletin.number)}: ${item.title}` : item.title,
      id: absolute(item.path),
      link: absolute(item.path),
      date,
      published: date,
      ...(item.summary && { description: item.summary }),
      category: [{ name: strings.sections[item.section] }],
    })
  }
  return new Response(format === 'xml' ? feed.rss2() : feed.atom1(), {
    headers: { 'Content-Type': FORMATS[format], 'Cache-Control': PUBLIC_CACHE_CONTROL },
  })
}
