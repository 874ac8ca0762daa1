import { expect, type Page, test } from '@playwright/test'

import { logIn, publishChanges } from '../../../tests/e2e/admin'
import { CMS_URL } from '../../../tests/e2e/stack'
import { visit, WITHIN_2_SECONDS as WITHIN } from './site'

/**
 * An editor publishes, edits and unpublishes an article in the admin; the site follows
 * within 2 seconds of the admin confirming each save.
 */

/** Logs in as the admin and starts a new article with its title and summary. */
async function startArticle(page: Page, title: string, summary: string) {
  await logIn(page)
  await page.goto(`${CMS_URL}/admin/collections/articles/create`)
  await page.getByLabel('Title', { exact: false }).first().fill(title)
  await page.getByLabel('Summary').fill(summary)
}

test('publish, edit and unpublish in the admin; the site follows within 2 seconds', async ({ page, request }) => {
  test.setTimeout(120_000)
  const title = `Water rights hearing ${Date.now()}`
  await startArticle(page, title, 'A hearing on water rights in the highlands, reported from Lima.')
  await page.locator('[data-lexical-editor="true"]').first().click()
  await page.keyboard.type('The tribunal heard the communities first.')
  await publishChanges(page)

  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/)
  const id = page.url().split('/').pop() ?? ''
  const { slug } = (await (await request.get(`${CMS_URL}/api/articles/${id}?depth=0`)).json()) as { slug: string }
  const path = `/articles/${slug}`
  await expect.poll(() => visit(request, path, title), WITHIN).toEqual({ status: 200, has: true })

  // An edit to the published article.
  const corrected = `${title}, corrected`
  await page.getByLabel('Title', { exact: false }).first().fill(corrected)
  await publishChanges(page)
  await expect.poll(() => visit(request, path, corrected), WITHIN).toEqual({ status: 200, has: true })

  // Unpublished from the document's menu: the page is gone.
  await page.locator('.doc-controls__dots').click()
  await page.getByRole('button', { name: 'Unpublish' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click()
  await expect(page.getByText(/unpublished successfully/i).first()).toBeVisible()
  await expect.poll(async () => (await request.get(path)).status(), WITHIN).toBe(404)
})

test('live preview in the admin shows the draft on the real site and follows each autosave', async ({ page, request }) => {
  test.setTimeout(120_000)
  const title = `Prior consultation ruling ${Date.now()}`
  await startArticle(page, title, 'First draft of the summary.')
  // Autosave creates the draft and moves the admin to its address.
  await expect(page).toHaveURL(/\/admin\/collections\/articles\/[0-9a-f-]{36}$/, { timeout: 15_000 })
  const id = page.url().split('/').pop() ?? ''
  // The draft is readable only with the editor's session, which the page's request context carries.
  const { slug } = (await (await page.request.get(`${CMS_URL}/api/articles/${id}?depth=0&draft=true`)).json()) as { slug: string }

  await page.locator('#live-preview-toggler').click()
  const preview = page.frameLocator('#live-preview-iframe')
  await expect(preview.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 15_000 })
  await expect(preview.getByRole('status')).toContainText('you are seeing unpublished drafts')

  // Each autosave re-renders the preview with the saved draft.
  await page.getByLabel('Summary').fill('Second draft: the court has ruled.')
  await expect(preview.locator('.standfirst')).toHaveText('Second draft: the court has ruled.', { timeout: 15_000 })

  // Visitors still do not see the draft.
  expect((await request.get(`/articles/${slug}`)).status()).toBe(404)
})
