import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import { signPreview } from '@chasqui/cms-client'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'

import { adminToken } from '../../../tests/e2e/admin'
import { CMS_URL, SECRETS } from '../../../tests/e2e/stack'
import { mailServerForThisFile } from '../../../tests/e2e/mail'
import { visit } from './site'

/**
 * Membership in Chromium, against the production stack with a real SMTP server in the
 * test process (the stack's cms sends to it: playwright.config.ts).
 */

const ARTICLE = '/articles/briefing-for-members-advocacy-priorities-2013'
const BODY_TEXT = 'This briefing is for PSG members only'
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const mail = mailServerForThisFile()

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze()
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

/** Membership staff's work, done through the cms API as the seeded admin. */
/** A Lexical body of one paragraph. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      { type: 'paragraph', format: '', indent: 0, version: 1, direction: null, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] },
    ],
  },
})

/** Publishes a members-only report with a PDF, as an editor would; returns its page and file name. */
async function membersOnlyReport(request: APIRequestContext, token: string): Promise<{ path: string; filename: string }> {
  const filename = `members-annex-${Date.now()}.pdf`
  // The bytes of a demo PDF (the cms checks that an uploaded PDF is one).
  const demo = (await (await request.get(`${CMS_URL}/api/documents?limit=1&depth=0&where[visibility][equals]=public&where[mimeType][equals]=application/pdf`)).json()) as { docs: { url: string }[] }
  const pdf = await (await request.get(new URL(demo.docs[0]?.url ?? '', CMS_URL).toString())).body()
  const document = await request.post(`${CMS_URL}/api/documents`, {
    headers: { Authorization: `JWT ${token}` },
    multipart: { file: { name: filename, mimeType: 'application/pdf', buffer: pdf }, _payload: JSON.stringify({ title: 'Members annex', language: 'en' }) },
  })
  expect(document.ok(), await document.text()).toBe(true)
  const { doc: file } = (await document.json()) as { doc: { id: string; filename: string } }
  const slug = `members-annex-${Date.now()}`
  const created = await request.post(`${CMS_URL}/api/reports`, {
    headers: { Authorization: `JWT ${token}` },
    data: {
      title: 'Members annex',
      slug,
      kind: 'research',
      summary: 'An annex for members.',
      body: paragraph('The annex, for members.'),
      language: 'en',
      visibility: 'members',
      pdf: file.id,
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  return { path: `/reports/${slug}`, filename: file.filename }
}

async function memberId(request: APIRequestContext, token: string, email: string): Promise<string> {
  const response = await request.get(`${CMS_URL}/api/members?where[email][equals]=${encodeURIComponent(email)}&depth=0`, { headers: { Authorization: `JWT ${token}` } })
  const { docs } = (await response.json()) as { docs: { id: string }[] }
  expect(docs).toHaveLength(1)
  return docs[0]!.id
}

async function logIn(page: Page, email: string, password: string) {
  // From the header, as a returning member would: their membership page asks them to log in first.
  await page.goto('/')
  await page.getByRole('banner').getByRole('link', { name: 'Your membership' }).click()
  await expect(page).toHaveURL('/login?next=%2Faccount')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(/\/account$/)
}

test('the Spanish join form names every problem at once, in Spanish, and takes focus to them', async ({ page }) => {
  await page.goto('/es/join')
  await page.getByLabel('Sí, quiero hacer esta declaración de Gift Aid.').check()
  await page.getByRole('button', { name: 'Hacerme socio' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'Hay un problema' })
  await expect(summary).toBeFocused()
  for (const message of [
    'Escribe tu nombre.',
    'Escribe una dirección de correo como nombre@ejemplo.org.',
    'Elige una contraseña de al menos 10 caracteres.',
    'Para declarar Gift Aid necesitamos tu dirección.',
    'Para declarar Gift Aid necesitamos tu código postal.',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible()
  }
  await expect(summary).not.toContainText(/Enter|Choose|needs your/)
  // HMRC's declaration is English on both sites, and marked so.
  await expect(page.locator('#gift-aid-wording')).toHaveAttribute('lang', 'en-GB')
})

test('a failed log-in takes focus to what went wrong', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email address').fill('nobody@members.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused()
})

test('join, verify by email, log in, read members-only text, change a consent, download the data, log out', async ({ page, request }) => {
  const email = `joiner-${Date.now()}@members.test`
  const password = 'a-long-member-password'

  await page.goto('/join')
  // One heading names the form: the editors' page above it says something else.
  await expect(page.getByRole('heading', { name: 'Become a member', exact: true })).toHaveCount(1)
  await expect(page.locator('#join-form-heading')).toHaveText('Become a member')
  await expectNoAxeViolations(page)

  await page.getByLabel('Full name').fill('Ana Quispe')
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByLabel('Yes, I want to make this Gift Aid declaration.').check()
  await page.getByLabel(/Yes, email me the bulletin/).check()
  await page.getByRole('button', { name: 'Join' }).click()

  // Gift Aid without an address: errors inline and in a summary, and nothing typed is lost.
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary).toBeVisible()
  await expect(summary).toBeFocused()
  await expect(page.getByText('A Gift Aid declaration needs your home address.').first()).toBeVisible()
  await expect(page.getByLabel('House name or number and street')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Full name')).toHaveValue('Ana Quispe')
  await expect(page.getByLabel('Email address')).toHaveValue(email)
  await expect(page.getByLabel('Yes, I want to make this Gift Aid declaration.')).toBeChecked()
  await expectNoAxeViolations(page)

  await page.getByLabel('House name or number and street').fill('12 Calle Lima')
  await page.getByLabel('Postcode').fill('N1 1AA')
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Join' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Check your inbox' })).toBeFocused()

  // The verification email, from the SMTP server.
  const message = await mail().waitFor(email, /Confirm your email/)
  const link = mail().link(message, '/verify-email')
  await page.goto(`${link.pathname}${link.search}`)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Confirm my address' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'your email address is confirmed' })).toBeVisible()

  // The membership secretary approves the new member.
  const token = await adminToken(request)
  const id = await memberId(request, token, email)
  expect((await request.post(`${CMS_URL}/api/members/${id}/approve`, { headers: { Authorization: `JWT ${token}` } })).ok()).toBe(true)

  await logIn(page, email, password)
  await expect(page.getByTestId('member-status')).toHaveText('Active')
  await expectNoAxeViolations(page)
  const session = (await page.context().cookies()).find((cookie) => cookie.name === 'chasqui_member')
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
  expect((await page.context().cookies()).some((cookie) => cookie.name === 'payload-token')).toBe(false)

  // The members-only article, in full, never cached for anyone else.
  const article = await page.goto(ARTICLE)
  expect(article?.headers()['cache-control']).toMatch(/private/)
  expect(article?.headers()['cache-control']).toMatch(/no-store/)
  await expect(page.getByText(BODY_TEXT)).toBeVisible()
  expect(await visit(request, ARTICLE, BODY_TEXT)).toEqual({ status: 200, has: false })

  // A members-only report's PDF: downloaded through the site with the member's session;
  // its cms address refuses everyone else.
  const report = await membersOnlyReport(request, token)
  await page.goto(report.path)
  await expect(page.getByText('The annex, for members.')).toBeVisible()
  const fetching = page.waitForEvent('download')
  await page.getByRole('link', { name: /Download the report \(PDF/ }).click()
  expect(readFileSync((await (await fetching).path())!, 'utf8').startsWith('%PDF-')).toBe(true)
  expect((await request.get(`${CMS_URL}/api/documents/file/${report.filename}`)).status()).toBe(403)
  expect((await request.get(`/api/member-files/${report.filename}`)).status()).toBe(401)

  // Withdraw the email consent.
  await page.goto('/account')
  await page.getByLabel(/Yes, email me the bulletin/).uncheck()
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your changes are saved.' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel(/Yes, email me the bulletin/)).not.toBeChecked()

  // Download everything the cms holds.
  const downloading = page.waitForEvent('download')
  await page.getByRole('link', { name: 'Download all your data (JSON)' }).click()
  const download = await downloading
  const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { member: { email: string; emailConsent: { given: boolean }; giftAid: { declared: boolean; wording: string } } }
  expect(data.member.email).toBe(email)
  expect(data.member.emailConsent.given).toBe(false)
  expect(data.member.giftAid).toMatchObject({ declared: true })
  expect(data.member.giftAid.wording).toContain('I want to Gift Aid')

  await page.getByRole('button', { name: 'Log out' }).click()
  await expect(page).toHaveURL(/\/$/)
  await page.goto(ARTICLE)
  await expect(page.getByText('The full text is for members of the organisation.')).toBeVisible()
  await expect(page.getByText(BODY_TEXT)).toHaveCount(0)
  // Logging in from the teaser leads back to the article, now in full.
  await page.getByRole('complementary', { name: 'Members only' }).getByRole('link', { name: 'Log in' }).click()
  await expect(page).toHaveURL(`/login?next=${encodeURIComponent(ARTICLE)}`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  await expect(page).toHaveURL(ARTICLE)
  await expect(page.getByText(BODY_TEXT)).toBeVisible()

  // Members never get into the admin.
  await page.goto(`${CMS_URL}/admin/login`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/login/)
})

test("staff previewing a members-only report on the site download its PDF; without preview it stays refused", async ({ page, request }) => {
  const report = await membersOnlyReport(request, await adminToken(request))
  const link = await signPreview(report.path, SECRETS.preview)
  await page.goto(`/api/preview?${new URLSearchParams({ path: report.path, expires: String(link.expires), signature: link.signature })}`)
  await expect(page.getByText('Preview: you are seeing unpublished drafts.')).toBeVisible()
  await expect(page.getByText('The annex, for members.')).toBeVisible()
  const fetching = page.waitForEvent('download')
  await page.getByRole('link', { name: /Download the report \(PDF/ }).click()
  expect(readFileSync((await (await fetching).path())!, 'utf8').startsWith('%PDF-')).toBe(true)
  expect((await request.get(`/api/member-files/${report.filename}`)).status()).toBe(401)
})

test('a lapsed member sees the teaser and is asked to renew', async ({ page, request }) => {
  const email = `lapsed-${Date.now()}@members.test`
  const password = 'a-long-member-password'
  const token = await adminToken(request)
  const created = await request.post(`${CMS_URL}/api/members`, {
    headers: { Authorization: `JWT ${token}` },
    data: { name: 'Lapsed Member', email, password, tier: 'individual', status: 'lapsed', renewalDate: '2020-01-01T00:00:00.000Z' },
  })
  expect(created.status()).toBe(201)
  const verify = mail().link(await mail().waitFor(email, /Confirm your email/), '/verify-email')
  expect((await request.post(`${CMS_URL}/api/members/verify/${verify.searchParams.get('token')}`)).ok()).toBe(true)

  await logIn(page, email, password)
  await expect(page.getByTestId('member-status')).toContainText('Lapsed')
  await page.goto(ARTICLE)
  await expect(page.getByText('Renew your membership to read it.')).toBeVisible()
  await expect(page.getByText(BODY_TEXT)).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('forgotten password: the same answer for any address, a reset link by email, then log in with the new password', async ({ page, request }) => {
  const email = `forgetful-${Date.now()}@members.test`
  const token = await adminToken(request)
  await request.post(`${CMS_URL}/api/members`, {
    headers: { Authorization: `JWT ${token}` },
    data: { name: 'Forgetful Member', email, password: 'the-old-password-1', tier: 'individual', status: 'active' },
  })
  const verify = mail().link(await mail().waitFor(email, /Confirm your email/), '/verify-email')
  expect((await request.post(`${CMS_URL}/api/members/verify/${verify.searchParams.get('token')}`)).ok()).toBe(true)

  await page.goto('/login')
  await expectNoAxeViolations(page)
  await page.getByRole('link', { name: 'Forgotten your password?' }).click()
  await expectNoAxeViolations(page)
  await page.getByLabel('Email address').fill(`nobody-${Date.now()}@members.test`)
  await page.getByRole('button', { name: 'Email me a link' }).click()
  const answer = await page.getByRole('status').filter({ hasText: 'If that address' }).innerText()

  await page.goto('/forgot-password')
  await page.getByLabel('Email address').fill(email)
  await page.getByRole('button', { name: 'Email me a link' }).click()
  expect(await page.getByRole('status').filter({ hasText: 'If that address' }).innerText()).toBe(answer)

  const reset = mail().link(await mail().waitFor(email, /Reset your password/), '/reset-password')
  await page.goto(`${reset.pathname}${reset.search}`)
  await expectNoAxeViolations(page)
  await page.getByLabel('New password').fill('the-new-password-2')
  await page.getByRole('button', { name: 'Save the new password' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Your password has been changed' })).toBeVisible()
  await logIn(page, email, 'the-new-password-2')
})
