import { expect, test } from '@playwright/test'

import { CMS_URL } from '../../../tests/e2e/stack'

test('the home page shows featured items, the membership pitch and the mixed feed', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Peru Support Group' })).toBeAttached()
  // The banner's home link is the site's name alone; the tagline is a line of its own beneath it.
  const banner = page.getByRole('banner')
  const home = await banner.getByRole('link', { name: 'Peru Support Group', exact: true }).boundingBox()
  const tagline = await banner.getByText('News, analysis and solidarity for human rights in Peru', { exact: true }).boundingBox()
  expect(tagline?.y).toBeGreaterThanOrEqual((home?.y ?? Infinity) + (home?.height ?? 0))
  await expect(page.getByRole('heading', { level: 2, name: 'Featured' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Why join the PSG?' })).toBeVisible()
  const latest = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Latest' }) })
  // Every type in one feed, newest first, each with its type and date or bulletin label.
  await expect(latest.getByRole('heading', { level: 3, name: 'Update 154' })).toBeVisible()
  await expect(latest.getByText('154. Oct – Dec 2012').first()).toBeVisible()
  await expect(latest.getByRole('heading', { name: 'Torture at the Río Blanco Mine' })).toBeVisible()
  await expect(latest.getByRole('heading', { name: 'PSG Annual Report 2011/2012' })).toBeVisible()
  await expect(latest.getByRole('heading', { name: 'Editorial: All that Glitters...' })).toBeVisible()
  const types = await latest.locator('.feed-item__type').allTextContents()
  expect(types).toEqual(expect.arrayContaining(['Bulletin', 'Case study']))
  // Ten to a page; older entries follow on /page/2.
  await expect(latest.locator('.feed-item')).toHaveCount(10)
  // The navigation and footer come from the globals.
  await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' })).toBeVisible()
  await expect(page.getByRole('contentinfo')).toBeVisible()

  await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click()
  await expect(page).toHaveURL('/page/2')
  await expect(page.getByRole('heading', { level: 3, name: 'Conga: Deaths in Cajamarca and a State of Emergency' })).toBeVisible()
})

test('the Spanish home page features the Spanish edition of a work that has one', async ({ page }) => {
  await page.goto('/es')
  const featured = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Destacados' }) })
  await expect(featured.getByRole('link', { name: 'Minería aurífera artesanal y en pequeña escala en Perú' })).toHaveAttribute(
    'href',
    '/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru',
  )
  await expect(featured.getByRole('link', { name: 'Artisanal Gold Mining in Peru: Blessing or Curse?' })).toHaveCount(0)
  // A work with no Spanish edition is featured in English, and says so.
  const english = featured.locator('article', { hasText: 'Torture at the Río Blanco Mine' })
  await expect(english.getByText('En inglés')).toBeVisible()
  // Its title and summary are marked English; its labels, in Spanish, are not.
  await expect(english.getByRole('heading')).toHaveAttribute('lang', 'en-GB')
  await expect(english.getByText('Estudio de caso')).toBeVisible()
  expect(await english.getByText('Estudio de caso').evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('es')
  // A bulletin's period, as its English-writing editors typed it, is marked English.
  await expect(page.locator('.feed-item__meta span[lang="en-GB"]', { hasText: 'Oct – Dec 2012' }).first()).toBeVisible()
})

test('on the Spanish site every way to join leads to the Spanish join form: menu, pitch and footer', async ({ page }) => {
  await page.goto('/es')
  const joins = page.getByRole('link', { name: /^Hazte socio/ })
  await expect(joins).toHaveCount(3)
  for (const link of await joins.all()) await expect(link).toHaveAttribute('href', '/es/join')
  await joins.first().click()
  await expect(page.locator('#join-form-heading')).toHaveText('Hazte socio')
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  // In English, the same links lead to the English form.
  await page.goto('/')
  const english = page.getByRole('link', { name: /^(Join|Become a member)/ })
  await expect(english).toHaveCount(3)
  for (const link of await english.all()) await expect(link).toHaveAttribute('href', '/join')
})

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()
})

test('both health endpoints answer 200 with JSON', async ({ request }) => {
  const web = await request.get('/api/health')
  expect(web.status()).toBe(200)
  expect(await web.json()).toEqual({ status: 'ok', service: 'web', cms: 'ok' })

  const cms = await request.get(`${CMS_URL}/api/health`)
  expect(cms.status()).toBe(200)
  expect(await cms.json()).toMatchObject({ status: 'ok', service: 'cms', database: 'ok' })
})

test('an unknown page answers 404 with a helpful page, in the language of its address', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/')

  const spanish = await page.goto('/es/no-existe')
  expect(spanish?.status()).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')
  await expect(page.getByRole('heading', { name: 'Página no encontrada' })).toBeVisible()
})

test('listing pages past the end and malformed page numbers are 404s, not empty pages', async ({ request }) => {
  for (const path of ['/articles/page/999', '/articles/page/1', '/articles/page/abc', '/en/xx', '/fr/articles']) {
    const response = await request.get(path, { maxRedirects: 0 })
    expect([404, 308], path).toContain(response.status())
  }
  expect((await request.get('/articles/page/999')).status()).toBe(404)
  expect((await request.get('/en/articles', { maxRedirects: 0 })).headers().location).toBe('/articles')
})
