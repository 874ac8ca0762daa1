import { expect, type Page, test } from '@playwright/test'

import { ADMIN, CMS_URL } from '../../../tests/e2e/stack'

/**
 * An editor publishes, edits and unpublishes an article in the admin; the site follows
 * within 2 seconds of the admin confirming each save.
 */
const WITHIN = { timeout: 2_000, intervals: [100, 200] }

async function logIn(page: Page) {
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel(/email/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Clicks "Publish changes" until the admin confirms (a click during an autosave is ignored). */
async function publish(page: Page) {
  await expect(async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.getByText(/updated successfully|published successfully/i).first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 30_000 })
}

test('publish, edit and unpublish in the admin; the site follows within 2 seconds', async ({ page, request }) => {
  test.setTimeout(120_000)
  const title = `Water rights hearing ${Date.now()}`
  await logIn(page)
  await page.goto(`${CMS_URL}/admin/collections/articles/create`)
  await page.getByLabel('Title', { exact: false }).first().fill(title)
  await page.getByLabel('Summary').fill('A hearing on water rights in the highlands, reported from Lima.')
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type('The tribunal heard the communities first.')
  await publish(page)

  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
  const id = page.url().split('/').pop() ?? ''
  const { slug } = (await (await request.get(`${CMS_URL}/api/articles/${id}?depth=0`)).json()) as { slug: string }
  const path = `/articles/${slug}`
  const visit = async (text: string) => {
    const response = await request.get(path)
    return { status: response.status(), has: (await response.text()).includes(text) }
  }
  await expect.poll(() => visit(title), WITHIN).toEqual({ status: 200, has: true })

  // An edit to the published article.
  const corrected = `${title}, corrected`
  await page.getByLabel('Title', { exact: false }).first().fill(corrected)
  await publish(page)
  await expect.poll(() => visit(corrected), WITHIN).toEqual({ status: 200, has: true })

  // Unpublished from the document's menu: the page is gone.
  await page.locator('.doc-controls__dots').click()
  await page.getByRole('button', { name: 'Unpublish' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/unpublished successfully/i).first()).toBeVisible()
  await expect.poll(async () => (await request.get(path)).status(), WITHIN).toBe(404)
})
