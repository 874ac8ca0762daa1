import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'

/** One page of every type, in both languages where it exists. */
const PAGES = [
  '/',
  '/es',
  '/articles',
  '/articles/conga-protests-and-the-state-of-emergency',
  '/articles/briefing-for-members-advocacy-priorities-2013',
  '/bulletins',
  '/bulletins/154',
  '/reports',
  '/reports/artisanal-gold-mining-in-peru',
  '/es/reports/mineria-aurifera-artesanal-y-en-pequena-escala-en-peru',
  '/case-studies',
  '/case-studies/torture-at-the-rio-blanco-mine',
  '/historical-overview',
  '/topics',
  '/topics/mining-and-extractives',
  '/regions',
  '/es/regions',
  '/regions/cajamarca',
  '/search',
  '/search?q=mining&type=reports',
  '/es/search?q=zzzz',
  '/no-such-page',
]

for (const path of PAGES) {
  test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)
    expect(summary).toEqual([])
  })
}

test('every page reflows at 320 CSS pixels: only a wide table scrolls sideways, inside its own box (WCAG 1.4.10)', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 })
  const overflowing: string[] = []
  for (const path of [...PAGES, '/minewatch', '/es/minewatch', '/minewatch/releases/2012-10', '/es/join']) {
    await page.goto(path)
    const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    if (excess > 0) overflowing.push(`${path} (${excess}px too wide)`)
  }
  expect(overflowing).toEqual([])
})

test('an evidence page (reached from its case study) has no violations', async ({ page }) => {
  await page.goto('/case-studies/torture-at-the-rio-blanco-mine')
  await page.locator('a[href^="/evidence/"]').first().click()
  await expect(page).toHaveURL(/\/evidence\//)
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})
