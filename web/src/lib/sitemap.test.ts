import { describe, expect, it } from 'vitest'

import { sitemapIndex, urlset } from './sitemap'

describe('sitemap XML', () => {
  it('writes each address with its alternates and escapes what XML needs escaped', () => {
    const xml = urlset([
      {
        loc: 'https://example.org/articles/a&b',
        lastmod: '2026-01-02T00:00:00.000Z',
        alternates: [
          { hreflang: 'en', href: 'https://example.org/articles/a&b' },
          { hreflang: 'es', href: 'https://example.org/es/articles/a-y-b' },
        ],
      },
      { loc: 'https://example.org/about', alternates: [] },
    ])
    expect(xml).toContain('<loc>https://example.org/articles/a&amp;b</loc><lastmod>2026-01-02T00:00:00.000Z</lastmod>')
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="es" href="https://example.org/es/articles/a-y-b"/>')
    expect(xml).toContain('<url><loc>https://example.org/about</loc></url>')
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/)
  })

  it('indexes the sitemap files', () => {
    expect(sitemapIndex(['https://example.org/sitemaps/pages.xml'])).toContain(
      '<sitemap><loc>https://example.org/sitemaps/pages.xml</loc></sitemap>',
    )
  })
})
