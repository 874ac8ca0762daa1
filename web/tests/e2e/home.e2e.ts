import { expect, test } from '@playwright/test'

import { CMS_URL } from '../../../tests/e2e/stack'

test('the home page lists published articles from the cms', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Peru and the Persistence of Inequality' })).toBeVisible()
  await expect(page.getByText('19 December 2012')).toBeVisible()
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

test('an unknown page answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no-such-page')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
})
