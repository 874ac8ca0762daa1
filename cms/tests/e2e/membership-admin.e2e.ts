import { readFileSync } from 'node:fs'

import { expect, test } from '@playwright/test'

import { logIn } from '../../../tests/e2e/admin'
import { ADMIN } from '../../../tests/e2e/stack'

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
