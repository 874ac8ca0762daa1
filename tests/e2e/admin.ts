import { type APIRequestContext, expect, type Page } from '@playwright/test'

import { ADMIN, CMS_URL } from './stack'

/** Logs in to the Payload admin (as the seeded admin unless told otherwise). */
export async function logIn(page: Page, { email, password }: { email: string; password: string } = ADMIN) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel(/email/i).fill(email)
  await page.getByLabel(/password/i).fill(password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** A JWT for the seeded admin, for setting up through the cms's REST API. */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const response = await request.post(`${CMS_URL}/api/users/login`, { data: ADMIN })
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { token: string }).token
}

/**
 * Clicks "Publish changes" until the admin confirms: a click that lands during an
 * autosave is ignored. Confirmed means the success toast, or — when a slow machine let
 * the toast go by unseen — the button disabled because nothing is left to publish.
 */
export async function publishChanges(page: Page) {
  const publish = page.getByRole('button', { name: 'Publish changes' })
  const confirmed = page
    .getByText(/updated successfully|published successfully/i)
    .or(page.getByRole('button', { name: 'Publish changes', disabled: true }))
    .first()
  let clicked = false
  await expect(async () => {
    if (!clicked || (await publish.isEnabled())) {
      await publish.click()
      clicked = true
    }
    await expect(confirmed).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
}
