import { type Language, LANGUAGES, sitePath } from '@chasqui/cms-types'

import { localePath } from '../../../i18n'
import { PUBLIC_CACHE_CONTROL } from '../../../lib/cache-headers'
import { cms } from '../../../lib/cms'
import { absolute } from '../../../lib/seo'
import { SITEMAP_FILE_SIZE, type SitemapUrl, urlset, XML_CONTENT_TYPE } from '../../../lib/sitemap'

/** Built per request from the CMS's cached answers (tagged, so fresh): never at build time, which must not need the CMS. */
export const dynamic = 'force-dynamic'

/** The join form, where the editors' "Join" background page is shown: a fixed page, not a document. */
const JOIN_PATH = '/join'
const JOIN_PATHS = new Set(LANGUAGES.map((language) => localePath(language, JOIN_PATH)))

/** The site's fixed pages, which exist in every language. */
const FIXED_PATHS = ['/', '/articles', '/reports', '/case-studies', '/bulletins', '/topics', '/regions', JOIN_PATH]

/** A page that exists in every language: one entry per language, each listing all. */
function inEveryLanguage(path: string): SitemapUrl[] {
  const alternates = LANGUAGES.map((language: Language) => ({ hreflang: language, href: absolute(localePath(language, path)) }))
  return alternates.map((alternate) => ({ loc: alternate.href, alternates }))
}

async function fixedPages(): Promise<SitemapUrl[]> {
  const topics = await cms.listTopics()
  const paths = [...FIXED_PATHS, ...topics.map((topic) => sitePath({ collection: 'topics', slug: topic.slug }))]
  return paths.flatMap(inEveryLanguage)
}

async function contentPage(page: number): Promise<SitemapUrl[] | null> {
  const result = await cms.listSitemap({ page, limit: SITEMAP_FILE_SIZE })
  if (page > result.totalPages) return null
  return result.items.filter((entry) => !JOIN_PATHS.has(entry.path)).map((entry) => ({
    loc: absolute(entry.path),
    lastmod: entry.updatedAt,
    // Alternates only where the work has more than one published edition, every
    // edition listing every edition (itself included): reciprocal by construction.
    alternates: entry.editions.length > 1 ? entry.editions.map((edition) => ({ hreflang: edition.language, href: absolute(edition.path) })) : [],
  }))
}

/** `/sitemaps/pages.xml` (fixed pages) and `/sitemaps/N.xml` (published documents, a hundred a file). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const numbered = /^([1-9]\d{0,5})\.xml$/.exec(file)
  const urls = file === 'pages.xml' ? await fixedPages() : numbered ? await contentPage(Number(numbered[1])) : null
  if (!urls) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
  return new Response(urlset(urls), { headers: { 'Content-Type': XML_CONTENT_TYPE, 'Cache-Control': PUBLIC_CACHE_CONTROL } })
}
