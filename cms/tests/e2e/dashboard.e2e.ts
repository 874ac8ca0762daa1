import { expect, test } from '@playwright/test'

import { adminToken, logIn } from '../../../tests/e2e/admin'
import { ADMIN, CMS_URL, WEB_URL } from '../../../tests/e2e/stack'
import { mailServerForThisFile } from '../../../tests/e2e/mail'

const EDITOR = { email: `dashboard-editor-${Date.now()}@chasqui.test`, password: 'dashboard-editor-password-1' }

// Creating a member sends the address-confirmation email: the stack's cms sends to this server.
mailServerForThisFile()

test('the dashboard lists what needs attention, each item leading to it, within what the role may read', async ({ page, request }) => {
  // A connection per request (see membership-admin.e2e.ts).
  const auth = { Authorization: `JWT ${await adminToken(request)}`, Connection: 'close' }
  const send = async (method: 'post' | 'patch', path: string, data: Record<string, unknown>) => {
    const response = await request[method](`${CMS_URL}${path}`, { headers: auth, data })
    expect(response.ok(), await response.text()).toBe(true)
    return ((await response.json()) as { doc: { id: string } }).doc
  }
  const post = (path: string, data: Record<string, unknown>) => send('post', path, data)
  const article = (title: string, status: 'draft' | 'published', summary: string) =>
    post(`/api/articles${status === 'draft' ? '?draft=true' : ''}`, { title, slug: title.toLowerCase().replaceAll(' ', '-'), kind: 'news', language: 'en', summary, _status: status })
  const title = `Dashboard draft ${Date.now()}`
  const draft = await article(title, 'draft', 'Not yet published.')
  // A published article with a draft saved over it: the site still shows the published version.
  const liveTitle = `Dashboard live ${Date.now()}`
  const live = await article(liveTitle, 'published', 'Published.')
  const changedTitle = `${liveTitle}, revised`
  await send('patch', `/api/articles/${live.id}?draft=true`, { title: changedTitle, _status: 'draft' })
  await post('/api/members', { name: 'Waiting Member', email: `dashboard-pending-${Date.now()}@members.test`, password: 'a-long-member-password', tier: 'individual' })
  await post('/api/corrections', { name: 'A reader', email: 'reader@example.org', record: 'Albion Cordillera Mining plc', problem: 'The stage is out of date.' })
  await post('/api/users', { name: 'Dashboard Editor', roles: ['editor'], ...EDITOR })

  await logIn(page, ADMIN)
  const panel = page.getByRole('region', { name: 'Needs attention' })
  await expect(panel.getByRole('heading', { name: /^\d+ drafts? or unpublished changes?$/ })).toBeVisible()
  await expect(panel.getByRole('link', { name: 'View the public site' })).toHaveAttribute('href', WEB_URL)
  // Each draft says whether the site shows an earlier version of it.
  await expect(panel.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) })).toContainText('Article, not published, edited')
  await expect(panel.getByRole('listitem').filter({ has: page.getByRole('link', { name: changedTitle }) })).toContainText(
    'Article, published, with unpublished changes, edited',
  )
  await expect(panel.getByRole('link', { name: /^\d+ new MineWatch corrections?$/ })).toHaveAttribute('href', /where\[status\]\[equals\]=new/)
  await panel.getByRole('link', { name: /^\d+ members? waiting for approval$/ }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/members\?.*pending/)
  await expect(page.getByText('Waiting Member')).toBeVisible()

  await page.goto(`${CMS_URL}/admin`)
  await panel.getByRole('link', { name: title }).click()
  await expect(page).toHaveURL(`${CMS_URL}/admin/collections/articles/${draft.id}`)
  await expect(page.locator('#field-title')).toHaveValue(title)

  // An editor sees the drafts, but not the membership or the corrections, which are not theirs to read.
  await page.context().clearCookies()
  await logIn(page, EDITOR)
  const theirs = page.getByRole('region', { name: 'Needs attention' })
  await expect(theirs.getByRole('link', { name: title })).toBeVisible()
  await expect(theirs.getByText(/waiting for approval|MineWatch correction/)).toHaveCount(0)

  // The published article would otherwise head the public site's feeds for the tests that follow.
  expect((await request.delete(`${CMS_URL}/api/articles/${live.id}`, { headers: auth })).ok()).toBe(true)
})
