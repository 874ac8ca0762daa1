import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { parse } from 'csv-parse/sync'

/**
 * MineWatch (issue 7) on the seeded sample dataset: filter and sort the table (with and
 * without JavaScript), open a project, compare two releases, download a release's CSV
 * and read it back, send a correction; every new page passes axe.
 */

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

test('the MineWatch page shows figures from the current release, labelled as sample data', async ({ page }) => {
  await page.goto('/minewatch')
  await expect(page.getByRole('heading', { level: 1, name: 'MineWatch' })).toBeVisible()
  await expect(page.getByText(/Sample data: the companies, projects/)).toBeVisible()
  await expect(page.getByRole('link', { name: /October 2012 release/ })).toBeVisible()
  await expect(page.getByRole('img', { name: /Conflicts by region/ }).first()).toBeVisible()
  await expect(page.getByRole('table', { name: 'Conflicts by region, as a table' })).toContainText('Cajamarca')
  // The live data's CSV comes straight from the cms's public export.
  const live = page.locator('a[href$="/api/minewatch/export/projects"]')
  await expect(live).toHaveText('Projects')
  const csv = await (await page.request.get((await live.getAttribute('href')) ?? '')).text()
  expect(csv.split('\n')[0]).toBe('slug,name,owners,region,province,district,minerals,stage,latitude,longitude')
})

test('a visitor filters and sorts the table, then opens a project', async ({ page }) => {
  await page.goto('/minewatch')
  const table = page.getByRole('table', { name: /rows, one per project and owner/ })
  await expect(table.locator('tbody tr')).toHaveCount(8)

  await page.getByLabel('Mineral', { exact: true }).selectOption('gold')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/mineral=gold/)
  await expect(table.locator('tbody tr')).toHaveCount(3)
  await expect(table).toContainText('Quilla Gold')
  await expect(table).not.toContainText('Laguna Verde')

  // Sort by project, descending, from the keyboard.
  await page.getByRole('link', { name: /^Project \(/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/sort=project/)
  await page.getByRole('link', { name: /^Project \(/ }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/dir=desc/)
  await expect(page.getByRole('columnheader', { name: /Project/ })).toHaveAttribute('aria-sort', 'descending')
  await expect(table.locator('tbody tr').first()).toContainText('Quilla Gold')

  await table.getByRole('link', { name: 'Cerro Albion' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cerro Albion' })).toBeVisible()
  await expect(page.getByText('Albion Cordillera Mining plc')).toBeVisible()
  await expect(page.getByText('70%')).toBeVisible()
  await page.getByRole('link', { name: 'Water rights at Cerro Albion' }).click()
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('link', { name: /September 2012: Active in the MineWatch release/ })).toBeVisible()
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the filters still work', async ({ page }) => {
    await page.goto('/es/minewatch')
    await page.getByLabel('Región', { exact: true }).selectOption('puno')
    await page.getByRole('button', { name: 'Aplicar filtros' }).click()
    await expect(page).toHaveURL(/region=puno/)
    const table = page.getByRole('table', { name: /filas, una por proyecto/ })
    await expect(table.locator('tbody tr')).toHaveCount(2)
    await expect(table).toContainText('Santa Brígida')
  })
})

test('a visitor compares two releases', async ({ page }) => {
  await page.goto('/minewatch/releases')
  await page.getByRole('link', { name: 'MineWatch, October 2012' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'MineWatch, October 2012' })).toBeVisible()
  await expect(page.getByText(/“MineWatch, October 2012”, dataset, http/)).toBeVisible()
  const changes = page.getByRole('region', { name: 'Changes since September 2012' })
  await expect(changes.getByRole('heading', { name: 'New conflicts' })).toBeVisible()
  await expect(changes.locator('ul').nth(0)).toContainText('River contamination near Laguna Verde')
  await expect(changes.locator('ul').nth(1)).toContainText('Land purchase dispute at Quilla Gold')
  await expect(changes.locator('ul').nth(2)).toContainText('Water rights at Cerro Albion')

  const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '{}')
  expect(dataset).toMatchObject({ '@type': 'Dataset', name: 'MineWatch, October 2012', temporalCoverage: '2012-10' })

  // And the other way round: September compared with October.
  await page.goto('/minewatch/releases/2012-09')
  await page.getByLabel('Compare with').selectOption('2012-10')
  await page.getByRole('button', { name: 'Compare' }).click()
  await expect(page.getByRole('region', { name: 'Changes since October 2012' })).toBeVisible()
})

test('a release’s CSV download parses back to the release’s rows', async ({ page }) => {
  await page.goto('/minewatch/releases/2012-10')
  // Its publication date reads like every other date on the site ("27 November 2026"), not as ISO.
  await expect(page.locator('time').filter({ hasText: /^\d{1,2} [A-Z][a-z]+ \d{4}$/ })).toHaveCount(1)
  const downloadStarted = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Projects (CSV)' }).click()
  const download = await downloadStarted
  expect(download.suggestedFilename()).toBe('minewatch-2012-10-projects.csv')
  const stream = await download.createReadStream()
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  const rows = parse(Buffer.concat(chunks).toString('utf8'), { columns: true }) as Record<string, string>[]

  const json = await (await page.request.get('/minewatch/releases/2012-10/minewatch.json')).json()
  expect(rows.map((row) => row.slug)).toEqual(json.projects.map((project: { slug: string }) => project.slug))
  for (const [index, project] of (json.projects as { name: string; region: string; stage: string; minerals: string[]; owners: { company: string; share: number | null }[] }[]).entries()) {
    const row = rows[index]!
    expect(row.name).toBe(project.name)
    expect(row.region).toBe(project.region)
    expect(row.stage).toBe(project.stage)
    expect((row.minerals ?? '').split('; ')).toEqual(project.minerals)
    expect(row.owners).toBe(project.owners.map((owner) => (owner.share === null ? owner.company : `${owner.company}:${owner.share}`)).join('; '))
  }
})

test('a reader sends a correction; a mistake keeps what they typed', async ({ page }) => {
  await page.goto('/minewatch/projects/cerro-albion')
  await page.getByRole('link', { name: 'Send a correction' }).click()
  await expect(page.getByLabel('Which company, project or conflict')).toHaveValue('Cerro Albion')
  await page.getByLabel('Your name').fill('Rosa Quispe')
  await page.getByLabel('Your email').fill('not-an-email')
  await page.getByLabel('What is wrong').fill('Pennine’s share is 35%, not 30%.')
  await page.getByRole('button', { name: 'Send correction' }).click()
  await expect(page.getByRole('link', { name: /Enter an email address/ })).toBeVisible()
  await expect(page.getByLabel('Your email')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Your name')).toHaveValue('Rosa Quispe')
  await expect(page.getByLabel('What is wrong')).toHaveValue('Pennine’s share is 35%, not 30%.')
  await page.getByLabel('Your email').fill('rosa@example.org')
  await page.getByRole('button', { name: 'Send correction' }).click()
  await expect(page.getByText('Thank you: your correction has reached our researchers.')).toBeVisible()
})

const PAGES = [
  '/minewatch',
  '/es/minewatch',
  '/minewatch?mineral=gold&sort=project&dir=desc',
  '/minewatch/companies/albion-cordillera-mining',
  '/minewatch/projects/cerro-albion',
  '/minewatch/conflicts/cerro-albion-water-rights',
  '/minewatch/releases',
  '/minewatch/releases/2012-10',
  '/es/minewatch/releases/2012-09',
  '/minewatch/corrections',
]

for (const path of PAGES) {
  test(`${path} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    await page.goto(path)
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
  })
}

test('the corrections form with errors has no violations', async ({ page }) => {
  await page.goto('/minewatch/corrections')
  await page.getByRole('button', { name: 'Send correction' }).click()
  await expect(page.getByRole('link', { name: /Enter your name/ })).toBeVisible()
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(results.violations.map((violation) => violation.id)).toEqual([])
})

test('on the Spanish site, the release notes written in English are marked English', async ({ page }) => {
  await page.goto('/es/minewatch/releases')
  const notes = page.locator('.mw-releases li p')
  await expect(notes.first()).toBeVisible()
  for (const note of await notes.all()) await expect(note).toHaveAttribute('lang', 'en-GB')
  await page.goto('/minewatch/releases')
  await expect(page.locator('.mw-releases li p[lang]')).toHaveCount(0)
})
