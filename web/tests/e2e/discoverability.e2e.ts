import { expect, type Page, test } from '@playwright/test'

import { CMS_URL, WEB_URL } from '../../../tests/e2e/stack'

/** Parses XML with the browser's own parser; fails on any parse error. */
async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml')
    const error = doc.querySelector('parsererror')
    if (error) throw new Error(`XML parse error: ${error.textContent}`)
    const all = (name: string) => [...doc.getElementsByTagName(name)].map((node) => node.textContent ?? '')
    const urls = [...doc.getElementsByTagName('url')].map((url) => ({
      loc: url.getElementsByTagName('loc')[0]?.textContent ?? '',
      alternates: [...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((link) => ({
        hreflang: link.getAttribute('hreflang') ?? '',
        href: link.getAttribute('href') ?? '',
      })),
    }))
    return { root: doc.documentElement.nodeName, titles: all('title'), links: all('link'), locs: all('loc'), urls }
  }, xml)
}

test('RSS and Atom feeds for the site, each type and each language parse and carry no members-only body', async ({ page, request }) => {
  await page.goto('/')
  // Advertised on every page.
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/feeds\/all\.xml$/)
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /\/feeds\/all\.atom$/)

  for (const path of ['/feeds/all.xml', '/feeds/articles.xml', '/feeds/reports.atom', '/feeds/bulletins.xml', '/feeds/case-studies.atom', '/es/feeds/all.xml', '/es/feeds/all.atom']) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expect(response.headers()['cache-control']).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate/)
    const body = await response.text()
    const feed = await parseXml(page, body)
    expect(feed.root, path).toBe(path.endsWith('.xml') ? 'rss' : 'feed')
    expect(feed.titles.length, path).toBeGreaterThan(1)
    // Summaries only: the members-only briefing is listed by its summary, never its body.
    expect(body).not.toContain('more frankly than our public statements can')
  }
  const articles = await request.get('/feeds/articles.xml').then((response) => response.text())
  expect(articles).toContain('Conga: Deaths in Cajamarca and a State of Emergency')
  expect(articles).not.toContain('PSG Annual Report 2011/2012')
  const spanish = await request.get('/es/feeds/all.xml').then((response) => response.text())
  expect(spanish).toContain('<language>es</language>')
  expect(spanish).toContain('/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru')
  expect((await request.get('/feeds/nothing.xml')).status()).toBe(404)
})

test('the sitemap lists every published page with reciprocal, self-referencing hreflang alternates', async ({ page, request }) => {
  const index = await parseXml(page, await request.get('/sitemap.xml').then((response) => response.text()))
  expect(index.root).toBe('sitemapindex')
  const urls: { loc: string; alternates: { hreflang: string; href: string }[] }[] = []
  for (const loc of index.locs) {
    const file = await request.get(loc.replace(WEB_URL, ''))
    expect(file.status(), loc).toBe(200)
    urls.push(...(await parseXml(page, await file.text())).urls)
  }
  const byLoc = new Map(urls.map((url) => [url.loc, url]))
  expect(byLoc.has(`${WEB_URL}/`)).toBe(true)
  expect(byLoc.has(`${WEB_URL}/es`)).toBe(true)
  expect(byLoc.has(`${WEB_URL}/reports/artisanal-gold-mining-in-peru`)).toBe(true)
  expect(byLoc.has(`${WEB_URL}/bulletins/154`)).toBe(true)
  expect(byLoc.get(`${WEB_URL}/regions`)?.alternates.map((alternate) => alternate.href).sort()).toEqual([`${WEB_URL}/es/regions`, `${WEB_URL}/regions`])
  // The join form exists in both languages: listed once in each, each naming both.
  expect(urls.filter((url) => url.loc === `${WEB_URL}/join`)).toHaveLength(1)
  expect(byLoc.get(`${WEB_URL}/join`)?.alternates.map((alternate) => alternate.href).sort()).toEqual([`${WEB_URL}/es/join`, `${WEB_URL}/join`])
  // An article without a translation claims no alternates.
  expect(byLoc.get(`${WEB_URL}/articles/conga-protests-and-the-state-of-emergency`)?.alternates).toEqual([])
  // Every alternate set includes the page itself and is the same set on every page it names.
  const withAlternates = urls.filter((url) => url.alternates.length > 0)
  expect(withAlternates.length).toBeGreaterThan(2)
  for (const url of withAlternates) {
    expect(url.alternates.map((alternate) => alternate.href), url.loc).toContain(url.loc)
    for (const alternate of url.alternates) {
      const other = byLoc.get(alternate.href)
      expect(other, `${alternate.href} (named by ${url.loc}) is in the sitemap`).toBeDefined()
      expect(new Set(other?.alternates.map((item) => `${item.hreflang} ${item.href}`))).toEqual(new Set(url.alternates.map((item) => `${item.hreflang} ${item.href}`)))
    }
  }
  // No draft, no staff-only material, no evidence pages in the sitemap.
  expect(urls.some((url) => url.loc.includes('/evidence/'))).toBe(false)
  expect((await request.get('/sitemaps/9999.xml')).status()).toBe(404)

  const robots = await request.get('/robots.txt').then((response) => response.text())
  expect(robots).toContain(`Sitemap: ${WEB_URL}/sitemap.xml`)
  expect(robots).toContain('Disallow: /api/')
})

test('the site icon is served where browsers and feed readers look for it, and named in every page', async ({ page, request }) => {
  for (const [path, type] of [
    ['/favicon.ico', 'image/x-icon'],
    ['/icon.svg', 'image/svg+xml'],
  ] as const) {
    const response = await request.get(path)
    expect([response.status(), response.headers()['content-type']], path).toEqual([200, type])
  }
  for (const path of ['/', '/es/articles']) {
    await page.goto(path)
    await expect(page.locator('link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1)
    await expect(page.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1)
  }
})

test('the join page has its canonical address, both languages as alternates and the editors’ description', async ({ page }) => {
  await page.goto('/join')
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${WEB_URL}/join`)
  await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute('href', `${WEB_URL}/es/join`)
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^Become a member of the Peru Support Group/)
})

test('pages carry canonical URLs, reciprocal hreflang, Open Graph, Twitter cards and JSON-LD', async ({ page }) => {
  const original = `${WEB_URL}/reports/artisanal-gold-mining-in-peru`
  const translation = `${WEB_URL}/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru`
  const headOf = async (url: string) => {
    await page.goto(url)
    return page.evaluate(() => {
      const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? null
      return {
        canonical: attr('link[rel="canonical"]', 'href'),
        alternates: Object.fromEntries([...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
        ogTitle: attr('meta[property="og:title"]', 'content'),
        ogImageWidth: attr('meta[property="og:image:width"]', 'content'),
        twitter: attr('meta[name="twitter:card"]', 'content'),
        jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '{}')),
      }
    })
  }
  const en = await headOf(original)
  const es = await headOf(translation)
  expect(en.canonical).toBe(original)
  expect(es.canonical).toBe(translation)
  expect(en.alternates).toEqual({ en: original, es: translation })
  expect(es.alternates).toEqual(en.alternates)
  expect(en.ogTitle).toContain('Artisanal Gold Mining')
  expect(en.twitter).toMatch(/summary/)
  const report = en.jsonLd.find((item) => item['@type'] === 'Report')
  expect(report).toMatchObject({ '@type': 'Report', inLanguage: 'en' })
  expect(JSON.stringify(report)).toContain('workTranslation')
  expect(JSON.stringify(es.jsonLd)).toContain('translationOfWork')

  const article = await headOf(`${WEB_URL}/articles/conga-protests-and-the-state-of-emergency`)
  expect(article.alternates).toEqual({ en: `${WEB_URL}/articles/conga-protests-and-the-state-of-emergency` })
  expect(article.jsonLd.map((item) => item['@type'])).toContain('NewsArticle')
  const bulletin = await headOf(`${WEB_URL}/bulletins/154`)
  expect(bulletin.jsonLd.map((item) => item['@type'])).toContain('PublicationIssue')
})

test('an evidence page names its source-language address as canonical and advertises the feeds of the interface it is read in', async ({ page, request }) => {
  const found = await request.get(`${CMS_URL}/api/evidence?where[language][equals]=es&limit=1&depth=0`)
  expect(found.status()).toBe(200)
  const [item] = (await found.json()).docs as { id: string }[]
  expect(item).toBeDefined()
  const feeds = (type: string) => page.locator(`link[rel="alternate"][type="${type}"]`)

  await page.goto(`/evidence/${item?.id}`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${WEB_URL}/es/evidence/${item?.id}`)
  await expect(feeds('application/rss+xml')).toHaveAttribute('href', `${WEB_URL}/feeds/all.xml`)
  await expect(feeds('application/atom+xml')).toHaveAttribute('href', `${WEB_URL}/feeds/all.atom`)

  await page.goto(`/es/evidence/${item?.id}`)
  await expect(feeds('application/rss+xml')).toHaveAttribute('href', `${WEB_URL}/es/feeds/all.xml`)
})
