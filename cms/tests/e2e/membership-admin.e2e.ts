import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { adminToken, logIn } from '../../../tests/e2e/admin'
import { ADMIN, CMS_URL } from '../../../tests/e2e/stack'
import { mailServerForThisFile } from '../../../tests/e2e/mail'

// A member created by staff is sent the address-confirmation email: the stack's cms sends to this server.
mailServerForThisFile()

test('membership staff screens open: members with CSV links, payments, the membership settings', async ({ page, request }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await logIn(page, ADMIN)

  await page.goto('/admin/collections/members')
  await expect(page.locator('.collection-list, .list-view').first()).toBeVisible()
  const csv = page.getByRole('link', { name: 'Download all members (CSV)' })
  await expect(csv).toBeVisible()
  // As the browser sends it (the admin cookie counts only with Sec-Fetch-Site or an allowed Origin).
  const downloading = page.waitForEvent('download')
  await csv.click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/)
  expect(readFileSync((await download.path())!, 'utf8').split('\r\n')[0]).toMatch(/^name,email,tier,status/)
  // Without the admin's session, no CSV.
  expect((await request.get(String(await csv.getAttribute('href')))).status()).toBe(403)

  await page.goto('/admin/collections/membership-payments')
  await expect(page.locator('.collection-list, .list-view').first()).toBeVisible()
  await page.goto('/admin/globals/membership')
  await expect(page.getByText('Renewal Reminder Days')).toBeVisible()
  expect(errors).toEqual([])
})

test("a pending member is approved in one click from their record", async ({ page, request }) => {
  const token = await adminToken(request)
  // A connection per request: the admin steps below leave the request context's kept-alive
  // socket idle for about the server's keep-alive timeout, and a request sent just as the
  // server closes it fails with ECONNRESET (it did once in CI).
  const auth = { Authorization: `JWT ${token}`, Connection: 'close' }
  const created = await request.post(`${CMS_URL}/api/members`, {
    headers: auth,
    data: { name: 'Rosa Mamani', email: `pending-${Date.now()}@members.test`, password: 'a-long-member-password', tier: 'individual' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: string; status: string } }
  expect(doc.status).toBe('pending')
  const member = async () => (await (await request.get(`${CMS_URL}/api/members/${doc.id}?depth=0`, { headers: auth })).json()) as { status: string; renewalDate: string | null }

  await logIn(page, ADMIN)
  await page.goto(`/admin/collections/members/${doc.id}`)
  await page.getByRole('button', { name: 'Approve membership' }).click()
  await expect.poll(async () => (await member()).status).toBe('active')
  // The record reloads with the new status, and the button is gone.
  await expect(page.locator('#field-status')).toContainText('Active')
  await expect(page.getByRole('button', { name: /membership$/ })).toHaveCount(0)
  expect(Date.parse((await member()).renewalDate ?? '')).toBeGreaterThan(Date.now() + 360 * 86_400_000)
})
