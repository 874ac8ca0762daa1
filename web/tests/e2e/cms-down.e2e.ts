import { expect, test } from '@playwright/test'

import { nextStartServing } from '../../../tests/e2e/next-start'

/**
 * A second site server, sharing the build (and so the page cache) of the running stack,
 * started against a cms that is not there: cached pages keep being served, uncached ones
 * answer a friendly 503, health says what is wrong.
 */
test('with the cms unreachable, cached pages are still served and uncached ones answer a friendly 503', async ({ page, request }) => {
  // The running stack renders and caches these first.
  for (const path of ['/', '/reports']) expect((await request.get(path)).status()).toBe(200)

  const web = await nextStartServing('web', 3292, { CMS_URL: 'http://127.0.0.1:9' })
  try {
    const health = await request.get(`${web.url}/api/health`)
    expect(health.status()).toBe(503)
    expect(await health.json()).toEqual({ status: 'error', service: 'web', cms: 'unreachable' })

    for (const path of ['/', '/reports']) {
      const cached = await page.goto(`${web.url}${path}`)
      expect(cached?.status(), path).toBe(200)
      await expect(page.locator('main h1')).toBeAttached()
    }

    for (const path of [`/articles/never-visited-${Date.now()}`, '/es/regions/puno']) {
      const response = await page.goto(`${web.url}${path}`)
      expect(response?.status(), path).toBe(503)
      expect(response?.headers()['retry-after'], path).toBe('30')
      expect(response?.headers()['cache-control'], path).toBe('no-store')
      await expect(page.getByRole('heading', { name: /This page is unavailable right now|Esta página no está disponible/ }).first()).toBeVisible()
      await expect(page.locator('body')).not.toContainText(/at .*\.js:\d+|CmsUnavailableError|127\.0\.0\.1/)
    }
  } finally {
    await web.stop()
  }
})
