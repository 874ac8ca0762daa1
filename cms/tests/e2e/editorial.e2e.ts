import { expect, type Locator, type Page, test } from '@playwright/test'
import sharp from 'sharp'

import { logIn, publishChanges } from '../../../tests/e2e/admin'
import { ADMIN, CMS_URL } from '../../../tests/e2e/stack'

/**
 * An editor in a real browser: creates an article with an image, saves a draft,
 * schedules it, sees the jobs queue publish it, and adds a Spanish translation.
 * The stack runs the queue every 2 seconds (playwright.config.ts: JOBS_CRON).
 */

const EDITOR = { email: 'e2e-editor@chasqui.test', password: 'e2e-editor-password-1' }

/**
 * A field's input by its field name. (In Payload's drawers a text field's label points
 * at a different id than its input — `for="field-alt-2"`, `id="field-alt"` — so
 * getByLabel cannot find it.)
 */
function field(scope: Page | Locator, name: string) {
  return scope.locator(`[name="${name}"]`).first()
}

let adminToken = ''

test.beforeAll(async ({ request }) => {
  // The admin creates the editor's account through the API, as a setup step.
  const login = await request.post(`${CMS_URL}/api/users/login`, { data: ADMIN })
  const { token } = (await login.json()) as { token: string }
  adminToken = token
  const existing = await request.get(`${CMS_URL}/api/users?where[email][equals]=${EDITOR.email}`, {
    headers: { Authorization: `JWT ${token}` },
  })
  if (((await existing.json()) as { totalDocs: number }).totalDocs === 0) {
    const created = await request.post(`${CMS_URL}/api/users`, {
      headers: { Authorization: `JWT ${token}` },
      data: { name: 'E2E Editor', roles: ['editor'], ...EDITOR },
    })
    expect(created.status()).toBe(201)
  }
})

test('an editor writes, illustrates, schedules and translates an article', async ({ page, request }) => {
  test.setTimeout(180_000)
  const title = `Water protests in Cajamarca ${Date.now()}`
  await logIn(page, EDITOR)

  // 1. A new article with an image, saved as a draft.
  await page.goto('/admin/collections/articles/create')
  await page.getByLabel('Title', { exact: false }).first().fill(title)
  await page.getByLabel('Summary').fill('Communities marched to defend the lagoons above the proposed Conga mine.')

  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#355c7d' } }).png().toBuffer()
  await page.locator('.field-type.upload').filter({ hasText: 'Hero Image' }).getByRole('button', { name: 'Create New' }).click()
  const drawer = page.locator('.drawer__content').last()
  await drawer.locator('input[type="file"]').setInputFiles({ name: 'lagoons.png', mimeType: 'image/png', buffer: png })
  await field(drawer, 'alt').fill('Marchers beside a highland lagoon')
  await drawer.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.field-type.upload').filter({ hasText: 'Hero Image' })).toContainText('lagoons')

  // Autosave keeps the draft: wait until the stored draft has the title and the image.
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
  const articleId = page.url().split('/').pop() ?? ''
  await expect
    .poll(
      async () => {
        const draft = await request.get(`${CMS_URL}/api/articles/${articleId}?draft=true&depth=0`, {
          headers: { Authorization: `JWT ${adminToken}` },
        })
        const doc = (await draft.json()) as { title?: string; heroImage?: string | null; _status?: string }
        return doc.title === title && Boolean(doc.heroImage) && doc._status === 'draft'
      },
      { timeout: 20_000 },
    )
    .toBe(true)

  // Anonymous readers cannot see it yet.
  expect((await request.get(`${CMS_URL}/api/articles/${articleId}`)).status()).toBe(404)

  // 2. Scheduled to publish in a few seconds; the queue publishes it.
  // The arrow beside "Publish changes" opens the publishing options.
  await page.locator('.form-submit .popup-button').first().click()
  await page.locator('.popup__content').getByText('Schedule Publish').click()
  const when = new Date(Date.now() + 20_000)
  const typed = new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    second: undefined,
    hour12: true,
    timeZone: 'UTC',
  })
    .format(new Date(Math.ceil(when.getTime() / 60_000) * 60_000))
    .replace(' at ', ' ')
  const scheduler = page.locator('.schedule-publish__scheduler')
  await scheduler.locator('.react-datepicker__input-container input').fill(typed)
  await page.keyboard.press('Enter')
  await scheduler.getByRole('button', { name: 'Save' }).click()
  await expect(page.locator('.schedule-publish__upcoming, table').first()).toContainText('Publish')
  await page.keyboard.press('Escape')

  await expect
    .poll(async () => (await request.get(`${CMS_URL}/api/articles/${articleId}`)).status(), { timeout: 100_000, intervals: [2_000] })
    .toBe(200)
  const published = (await (await request.get(`${CMS_URL}/api/articles/${articleId}?depth=1`)).json()) as {
    _status: string
    publishedAt: string
    heroImage: { alt: string; sizes: { og: { width: number } } }
  }
  expect(published._status).toBe('published')
  expect(published.publishedAt).toBeTruthy()
  expect(published.heroImage.alt).toBe('Marchers beside a highland lagoon')
  expect(published.heroImage.sizes.og.width).toBe(1200)

  // 3. The Spanish translation, from the translations collection.
  await page.goto('/admin/collections/translations/create')
  const original = page.locator('.field-type.relationship').filter({ hasText: 'Original' })
  await original.locator('.rs__control').click()
  await page.keyboard.type(title.slice(0, 24))
  await page.locator('.rs__option').filter({ hasText: title }).first().click()
  const language = page.locator('.field-type.select').filter({ hasText: 'Language' })
  await language.locator('.rs__control').click()
  await page.locator('.rs__option').filter({ hasText: 'Spanish' }).click()
  await page.getByLabel('Title', { exact: false }).first().fill('Protestas por el agua en Cajamarca')
  await page.getByLabel('Summary').fill('Las comunidades marcharon para defender las lagunas sobre el proyecto Conga.')
  await field(page, 'translator').fill('Traducido por el equipo de PSG')
  await publishChanges(page)

  // The original's sidebar now lists its Spanish edition as up to date.
  await page.goto(`/admin/collections/articles/${articleId}`)
  await expect(page.locator('.field-type').filter({ hasText: 'Translations' })).toContainText('Spanish: up to date')

  // A second Spanish edition is refused with a message that says why.
  await page.goto('/admin/collections/translations/create')
  await original.locator('.rs__control').click()
  await page.keyboard.type(title.slice(0, 24))
  await page.locator('.rs__option').filter({ hasText: title }).first().click()
  await language.locator('.rs__control').click()
  await page.locator('.rs__option').filter({ hasText: 'Spanish' }).click()
  await page.getByLabel('Title', { exact: false }).first().fill('Otra versión')
  await page.getByLabel('Summary').fill('Duplicada.')
  // A click that lands while autosave is running is ignored by the admin: try until refused.
  await expect(async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/already has a Spanish translation/).first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
})

test('every collection and global opens in the admin without an error', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await logIn(page, ADMIN)
  const collections = [
    'articles',
    'bulletins',
    'reports',
    'case-studies',
    'translations',
    'pages',
    'topics',
    'media',
    'documents',
    'evidence',
    'members',
    'users',
    'search',
    'redirects',
  ]
  for (const slug of collections) {
    await page.goto(`/admin/collections/${slug}`)
    await expect(page.locator('.collection-list, .list-view').first(), slug).toBeVisible()
    await expect(page.getByText(/something went wrong|not found/i), slug).toHaveCount(0)
  }
  for (const slug of ['home', 'navigation', 'site-settings']) {
    await page.goto(`/admin/globals/${slug}`)
    await expect(page.locator('form').first(), slug).toBeVisible()
  }
  // A seeded case study with chapters, timeline and evidence opens for editing.
  await page.goto('/admin/collections/case-studies')
  await page.getByRole('link', { name: 'Torture at the Río Blanco Mine' }).click()
  await expect(page.getByText('Chapters')).toBeVisible()
  expect(errors).toEqual([])
})

test('the admin is available in Spanish', async ({ page }) => {
  await logIn(page, ADMIN)
  await page.goto('/admin/account')
  const language = page.locator('.payload-settings__language .rs__control')
  await language.click()
  await page.locator('.rs__option').filter({ hasText: 'Español' }).click()
  await expect(page.locator('.payload-settings h3')).toHaveText('Configuración de Payload')
  // The dashboard's own panel follows.
  await page.goto('/admin')
  await expect(page.getByRole('region', { name: 'Pendiente' }).getByRole('link', { name: 'Ver el sitio público' })).toBeVisible()
  // Back to English for the tests that follow.
  await page.goto('/admin/account')
  await language.click()
  await page.locator('.rs__option').filter({ hasText: 'English' }).click()
  await expect(page.locator('.payload-settings h3')).toHaveText('Payload Settings')
})
