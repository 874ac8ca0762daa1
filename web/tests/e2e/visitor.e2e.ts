import { expect, type Page, test } from '@playwright/test'

import { WEB_URL } from '../../../tests/e2e/stack'

/**
 * A visitor's walk through the demo content: home (page 2) → article → its bulletin → a report
 * and its PDF → the Spanish edition and back → a case study's evidence → search with
 * filters → a topic.
 */
test('a visitor reads across every type, in both languages', async ({ page, request }) => {
  await page.goto('/')
  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click()
  await page.getByRole('link', { name: 'Conga: Deaths in Cajamarca and a State of Emergency' }).click()
  await expect(page).toHaveURL('/articles/conga-protests-and-the-state-of-emergency')
  await expect(page.getByRole('heading', { level: 1, name: 'Conga: Deaths in Cajamarca and a State of Emergency' })).toBeVisible()
  // The bulletin the article appeared in: period, its articles.
  await page.locator('.doc-meta').getByRole('link', { name: 'In bulletin 152. Jun – Jul 2012' }).click()
  await expect(page).toHaveURL('/bulletins/152')
  await expect(page.getByRole('heading', { level: 1, name: 'Update 152' })).toBeVisible()
  await expect(page.getByText('Jun – Jul 2012').first()).toBeVisible()
  await expect(page.getByRole('heading', { name: 'In this issue' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Conga: Deaths in Cajamarca and a State of Emergency' })).toBeVisible()

  // The archive lists every issue.
  await page.goto('/bulletins')
  await expect(page.getByRole('heading', { level: 1, name: 'Bulletin archive' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Update 153' })).toBeVisible()
  // An issue with its full text as a PDF: the link says so, with the size and language.
  await page.getByRole('link', { name: 'Update 154' }).first().click()
  await expect(page).toHaveURL('/bulletins/154')
  await expect(page.locator('.doc-meta__kind')).toHaveText('Bulletin')
  await expect(page.getByRole('link', { name: /^Download the full issue \(PDF, \d+ KB, English\)$/ })).toBeVisible()

  // A report with its PDF (size and language), and its Spanish edition.
  await page.goto('/reports')
  await page.getByRole('link', { name: 'Artisanal Gold Mining in Peru: Blessing or Curse?' }).click()
  await expect(page).toHaveURL('/reports/artisanal-gold-mining-in-peru')
  const pdf = page.getByRole('link', { name: /Download the report \(PDF, \d+ KB, English\)/ })
  await expect(pdf).toBeVisible()
  const file = await request.get((await pdf.getAttribute('href')) ?? '')
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toContain('application/pdf')
  expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
  // A table in the rich text: its header row and its cells.
  const table = page.locator('.prose table')
  await expect(table.getByRole('columnheader', { name: 'Informal' })).toBeVisible()
  await expect(table.getByRole('row')).toHaveCount(5)
  await expect(table.getByRole('cell', { name: 'Machinery-intensive dredging in rivers and forest reserves' })).toBeVisible()

  await page.locator('.editions').getByRole('link', { name: 'Español' }).click()
  await expect(page).toHaveURL('/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('navigation', { name: 'Navegación principal' })).toBeVisible()
  // The edition says what the work is and what it is about, as the original does.
  await expect(page.locator('.doc-meta__kind')).toHaveText('Informe de investigación')
  await expect(page.getByText('PSG Research Report 2012/1')).toBeVisible()
  await expect(page.locator('.taxonomy').getByRole('link', { name: 'Minería e industrias extractivas' })).toHaveAttribute('href', '/es/topics/mining-and-extractives')
  await expect(page.locator('.taxonomy').getByRole('link', { name: 'Madre de Dios' })).toBeVisible()
  await page.getByRole('link', { name: 'Leer en inglés' }).click()
  await expect(page).toHaveURL('/reports/artisanal-gold-mining-in-peru')

  // A case study: chapters, timeline, evidence grouped by kind, with provenance and citation.
  await page.goto('/case-studies/torture-at-the-rio-blanco-mine')
  await expect(page.locator('article.document .doc-meta__kind')).toHaveText('Case study')
  await expect(page.getByRole('heading', { level: 2, name: 'Chapters' })).toBeVisible()
  // A chapter is an h2 and its sections h3 beneath it, not its peers.
  await expect(page.getByRole('heading', { level: 2, name: 'August 2005: the march and the detentions' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'The second march' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible()
  const evidence = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Evidence' }) })
  for (const kind of ['Court document', 'Diplomatic cable', 'Testimony', 'Photo', 'Video'])
    await expect(evidence.getByRole('heading', { level: 3, name: kind })).toBeVisible()
  await expect(evidence.getByText('How to cite').first()).toBeVisible()
  await expect(evidence.getByText('Provenance').first()).toBeVisible()
  // An evidence file is a document, not a report; its link says its format, size and language.
  await expect(evidence.getByRole('link', { name: /^Download the document \(PDF, \d+ KB, Spanish\)$/ })).toBeVisible()
  // Distressing material is behind a warning the reader opens.
  const warning = evidence.locator('details.content-warning').first()
  await expect(warning).toBeVisible()
  await expect(warning).not.toHaveAttribute('open')
  await warning.locator('summary').click()
  await expect(warning).toHaveAttribute('open')

  // Search with filters, by the form (no JavaScript needed: it is a GET form).
  await page.goto('/search')
  await page.getByLabel('Search for').fill('mining')
  await page.getByLabel('Type').selectOption('reports')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page).toHaveURL(/\/search\?q=mining&type=reports/)
  await expect(page.getByText(/^\d+ results?$/)).toBeVisible()
  const titles = await page.locator('.search-results .feed-item__type').allTextContents()
  expect(titles.length).toBeGreaterThan(0)
  for (const type of titles) expect(['Research report', 'Annual report', 'Briefing']).toContain(type)
  // The Spanish edition, found by a Spanish word.
  await page.getByLabel('Search for').fill('minería')
  await page.getByLabel('Language').selectOption('es')
  await page.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByRole('link', { name: /Minería aurífera/ })).toBeVisible()

  // A filter value that is not one of the choices is named, not silently dropped.
  await page.goto('/search?q=mining&region=atlantis')
  await expect(page.getByText('Some filters were not understood and were ignored: Region.')).toBeVisible()
  // Named as the form names them, in the page's language.
  await page.goto('/es/search?q=mineria&year=abc&page=0')
  await expect(page.getByText('Algunos filtros no se entendieron y se ignoraron: Número de página, Año.')).toBeVisible()

  // Before anything is asked, the page says what to do.
  await page.goto('/search')
  await expect(page.getByText(/^Type a word or a phrase above/)).toBeVisible()

  // A page number past the last page says where the results end, and links to that page.
  await page.goto('/search?q=mining&page=999')
  const end = page.locator('.search-results .empty')
  await expect(end).toContainText(/These results (end at page \d+|fit on one page)\./)
  await expect(page.getByText('Nothing matches your search')).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Pagination' })).toHaveCount(0)
  await end.getByRole('link').click()
  await expect(page.locator('.search-results .feed-item').first()).toBeVisible()

  // A topic listing.
  await page.goto('/topics')
  await page.getByRole('link', { name: 'Mining and Extractives' }).click()
  await expect(page).toHaveURL('/topics/mining-and-extractives')
  await expect(page.locator('.feed-item').first()).toBeVisible()
})

test('the regions index, linked from the footer, lists the regions written about, A–Z with how much, each leading to its listing', async ({ page }) => {
  await page.goto('/es')
  await page.getByRole('contentinfo').getByRole('link', { name: 'Regiones' }).click()
  await expect(page).toHaveURL('/es/regions')
  await expect(page.getByRole('heading', { level: 1, name: 'Regiones' })).toBeVisible()
  const regions = page.locator('main .topic-list li')
  const names = await regions.locator('a').allTextContents()
  expect(names.length).toBeGreaterThan(1)
  expect(names).toEqual([...names].sort(new Intl.Collator('es').compare))
  const cajamarca = regions.filter({ has: page.getByRole('link', { name: 'Cajamarca', exact: true }) })
  const count = Number((await cajamarca.locator('p').textContent())?.match(/^(\d+) publicaciones?$/)?.[1])
  expect(count).toBeGreaterThan(0)
  await cajamarca.getByRole('link').click()
  await expect(page).toHaveURL('/es/regions/cajamarca')
  await expect(page.locator('main .feed-item')).toHaveCount(Math.min(count, 20))
})

test('shortened addresses without a page of their own lead to the page that has their content', async ({ page }) => {
  await page.goto('/minewatch/conflicts')
  await expect(page).toHaveURL('/minewatch')
  await page.goto('/es/minewatch/companies')
  await expect(page).toHaveURL('/es/minewatch')
  await page.goto('/evidence')
  await expect(page).toHaveURL('/search?type=evidence')
  await expect(page.locator('.search-results .feed-item').first()).toBeVisible()
})

test("printed, a report is the document alone, with each outside link's address written out", async ({ page }) => {
  await page.goto('/reports/criminalisation-of-human-rights-defenders')
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1, name: 'Criminalisation of Human Rights Defenders' })).toBeVisible()
  for (const name of ['Main navigation', 'Footer']) await expect(page.getByRole('navigation', { name })).toBeHidden()
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toBeHidden()
  const partner = page.getByRole('link', { name: 'A coalition of international human rights networks' })
  expect(await partner.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('" (https://example.org/partners/human-rights-coalition)"')
  // The site's own links are not annotated.
  expect(await page.locator('main a[href^="/"]').first().evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none')
  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible()
})

test('a region listing and the Spanish interface', async ({ page }) => {
  await page.goto('/es/regions/cajamarca')
  await expect(page.getByRole('heading', { level: 1, name: 'Cajamarca' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Buscar' })).toBeVisible()
  // Items that exist only in English are listed in Spanish feeds, marked as English.
  await expect(page.getByText('En inglés').first()).toBeVisible()
})

test("the header's language link leads to the same page in the other language where there is one", async ({ page, browser }) => {
  const switchTo = (on: Page, name: string) => on.getByRole('banner').getByRole('link', { name, exact: true })
  await page.goto('/reports/artisanal-gold-mining-in-peru')
  await switchTo(page, 'Español').click()
  await expect(page).toHaveURL('/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru')
  await switchTo(page, 'English').click()
  await expect(page).toHaveURL('/reports/artisanal-gold-mining-in-peru')
  // A listing, and search with its filters kept.
  await page.goto('/articles')
  await switchTo(page, 'Español').click()
  await expect(page).toHaveURL('/es/articles')
  await page.goto('/search?q=mining&type=reports')
  await switchTo(page, 'Español').click()
  await expect(page).toHaveURL('/es/search?q=mining&type=reports')
  await expect(page.getByRole('heading', { name: 'Resultados de la búsqueda' })).toBeVisible()
  // The membership pages exist in both languages; the login page keeps where it leads afterwards.
  await page.goto('/login?next=%2Faccount')
  await switchTo(page, 'Español').click()
  await expect(page).toHaveURL('/es/login?next=%2Faccount')
  // A document with no Spanish edition: the Spanish home page, never an address that does not exist.
  await page.goto('/articles/editorial-all-that-glitters')
  await expect(switchTo(page, 'Español')).toHaveAttribute('href', '/es')

  // Without JavaScript the link still works, to the other language's home page.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: WEB_URL })
  const plain = await context.newPage()
  await plain.goto('/reports/artisanal-gold-mining-in-peru')
  await switchTo(plain, 'Español').click()
  await expect(plain).toHaveURL('/es')
  await context.close()
})

test('images are responsive: a srcset of the cms sizes, intrinsic width and height, eager above the fold', async ({ page }) => {
  // A phone-sized window, where the browser picks the smallest size in the srcset.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/articles/peru-and-the-persistence-of-inequality')
  const hero = page.locator('article.document img').first()
  await expect(hero).toHaveAttribute('alt', 'Title card for the PSG annual conference 2012 on inequality in Peru')
  await expect(hero).toHaveAttribute('srcset', /800w.*1600w/)
  await expect(hero).toHaveAttribute('width', '1600')
  await expect(hero).toHaveAttribute('height', '900')
  await expect(hero).toHaveAttribute('loading', 'eager')
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
  // Whichever size it picked is the same picture as the width and height say: 16:9, not the admin's 4:3 thumbnail.
  const picked = await hero.evaluate((img: HTMLImageElement) => ({ src: img.currentSrc, ratio: img.naturalWidth / img.naturalHeight }))
  expect(picked.src).toContain('800x450')
  expect(picked.ratio).toBeCloseTo(1600 / 900, 2)
  await expect(page.locator('figcaption')).toContainText('PSG annual conference 2012')
})
