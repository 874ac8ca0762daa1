/** One address in a sitemap, with its language editions (hreflang) when it has any. */
export type SitemapUrl = { loc: string; lastmod?: string; alternates: { hreflang: string; href: string }[] }

/** How many addresses one sitemap file lists: one page of the CMS's sitemap query. */
export const SITEMAP_FILE_SIZE = 100

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] as string)

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** A `<urlset>` with `xhtml:link` alternates, as search engines read them. */
export function urlset(urls: SitemapUrl[]): string {
  const body = urls
    .map((url) => {
      const lines = [`<loc>${escapeXml(url.loc)}</loc>`]
      if (url.lastmod) lines.push(`<lastmod>${escapeXml(url.lastmod)}</lastmod>`)
      for (const alternate of url.alternates)
        lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`)
      return `<url>${lines.join('')}</url>`
    })
    .join('\n')
  return `${XML_HEADER}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`
}

/** A `<sitemapindex>` pointing at the sitemap files. */
export function sitemapIndex(locations: string[]): string {
  const body = locations.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`).join('\n')
  return `${XML_HEADER}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`
}

export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8'
