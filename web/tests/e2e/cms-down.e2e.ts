import { expect, test } from '@playwright/test'

import { nextStartServing } from '../../../tests/e2e/next-start'

/** The site started against a cms that is not there: health says so, pages fail kindly. */
test('web health answers 503 and pages show a friendly error when the cms is unreachable', async ({ page, request }) => {
  const web = await nextStartServing('web', 3292, { CMS_URL: 'http://127.0.0.1:9' })
  try {
    const health = await request.get(`${web.url}/api/health`)
    expect(health.status()).toBe(503)
    expect(await health.json()).toEqual({ status: 'error', service: 'web', cms: 'unreachable' })

    await page.goto(web.url)
    await expect(page.getByRole('heading', { name: 'This page is unavailable right now' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText(/at .*\.js:\d+|CmsUnavailableError|127\.0\.0\.1/)
  } finally {
    await web.stop()
  }
})
