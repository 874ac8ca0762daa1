import { expect, test } from '@playwright/test'

import { ADMIN } from '../../../tests/e2e/stack'

test('the admin login page renders', async ({ page }) => {
  await page.goto('/admin/login')
  await expect(page.getByLabel(/email/i)).toBeVisible()
  await expect(page.getByLabel(/password/i)).toBeVisible()
  await expect(page).toHaveTitle(/Chasqui/)
})

test('an admin can log in and reach the collections', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill(ADMIN.password)
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await expect(page.getByRole('link', { name: 'Articles' }).first()).toBeVisible()

  await page.goto('/admin/collections/articles')
  await expect(page.getByText('Peru and the Persistence of Inequality')).toBeVisible()
  // A related document's column shows its title, which the list fetches by ids, 250 at a time.
  const row = page.getByRole('row').filter({ hasText: 'Peru and the Persistence of Inequality' })
  await expect(row.getByText('Update 154')).toBeVisible()
  await expect(page.getByText(/Untitled - ID/)).toHaveCount(0)

  // A day is shown with its year, in the list and in the form: a 2009 source did read "Jun 15".
  await page.goto('/admin/collections/evidence')
  const evidence = page.getByRole('row').filter({ hasText: '15 Jun 2009' })
  await expect(evidence).toHaveCount(1)
  await evidence.getByRole('link').first().click()
  await expect(page.locator('#field-date input')).toHaveValue('15 Jun 2009')

  // Collapsed rows are named by what they hold: a case study's chapters by their titles, its timeline by its events.
  await page.goto('/admin/collections/case-studies')
  await page.getByRole('link', { name: 'Torture at the Río Blanco Mine' }).first().click()
  await expect(page.locator('#field-chapters').getByText('The project and the communities', { exact: true })).toBeVisible()
  await expect(page.locator('#field-chapters').getByText(/^Chapter \d+$/)).toHaveCount(0)
})

test('a wrong password is refused with a message', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel(/email/i).fill(ADMIN.email)
  await page.getByLabel(/password/i).fill('not-the-password')
  await page.getByRole('button', { name: /login/i }).click()
  await expect(page.getByText(/incorrect/i)).toBeVisible()
  await expect(page).toHaveURL(/\/admin\/login/)
})
