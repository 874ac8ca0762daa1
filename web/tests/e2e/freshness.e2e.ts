import { SIGNATURE_HEADER, signEvent, signPreview } from '@chasqui/cms-client'
import { type APIRequestContext, expect, test } from '@playwright/test'

import { ADMIN, CMS_URL, SECRETS } from '../../../tests/e2e/stack'
import { visit, WITHIN_2_SECONDS as WITHIN } from './site'

/**
 * The cms tells the site what changed; the site drops exactly those cache tags. A change
 * is visible within 2 seconds of the cms answering the save.
 */

let token = ''
const auth = () => ({ Authorization: `JWT ${token}` })

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

async function createArticle(request: APIRequestContext, title: string, status: 'published' | 'draft') {
  const response = await request.post(`${CMS_URL}/api/articles${status === 'draft' ? '?draft=true' : ''}`, {
    headers: auth(),
    data: { title, kind: 'news', summary: `Summary of ${title}.`, body: paragraph(`The body of ${title}.`), _status: status },
  })
  expect(response.status(), await response.text()).toBe(201)
  return ((await response.json()) as { doc: { id: string; slug: string } }).doc
}

test.beforeAll(async ({ request }) => {
  const login = await request.post(`${CMS_URL}/api/users/login`, { data: ADMIN })
  token = ((await login.json()) as { token: string }).token
})

test('publish, edit, unpublish and delete reach the site within 2 seconds', async ({ request }) => {
  const stamp = Date.now()
  const title = `Fresh news ${stamp}`
  const searched = `/search?q=${stamp}`
  // Warm the caches first, so what follows proves invalidation rather than a cold read:
  // the search, asked before the article exists, keeps an empty answer until told.
  await request.get('/')
  await request.get('/articles')
  expect(await visit(request, searched, title)).toEqual({ status: 200, has: false })

  const article = await createArticle(request, title, 'published')
  const path = `/articles/${article.slug}`
  await expect.poll(() => visit(request, path, title), WITHIN).toEqual({ status: 200, has: true })
  await expect.poll(() => visit(request, '/', title), WITHIN).toMatchObject({ has: true })
  await expect.poll(() => visit(request, '/articles', title), WITHIN).toMatchObject({ has: true })
  await expect.poll(() => visit(request, searched, title), WITHIN).toMatchObject({ has: true })

  const edited = `${title} (corrected)`
  const patch = await request.patch(`${CMS_URL}/api/articles/${article.id}`, { headers: auth(), data: { title: edited } })
  expect(patch.status()).toBe(200)
  await expect.poll(() => visit(request, path, edited), WITHIN).toEqual({ status: 200, has: true })
  await expect.poll(() => visit(request, '/', edited), WITHIN).toMatchObject({ has: true })

  const unpublish = await request.patch(`${CMS_URL}/api/articles/${article.id}`, { headers: auth(), data: { _status: 'draft' } })
  expect(unpublish.status()).toBe(200)
  await expect.poll(async () => (await request.get(path)).status(), WITHIN).toBe(404)
  await expect.poll(() => visit(request, '/', edited), WITHIN).toMatchObject({ has: false })
  await expect.poll(() => visit(request, searched, edited), WITHIN).toMatchObject({ has: false })

  const other = await createArticle(request, `Short-lived ${Date.now()}`, 'published')
  await expect.poll(async () => (await request.get(`/articles/${other.slug}`)).status(), WITHIN).toBe(200)
  expect((await request.delete(`${CMS_URL}/api/articles/${other.id}`, { headers: auth() })).status()).toBe(200)
  await expect.poll(async () => (await request.get(`/articles/${other.slug}`)).status(), WITHIN).toBe(404)
})

test('a revalidation request with a wrong signature or a malformed body is refused and changes nothing', async ({ request }) => {
  const event = JSON.stringify({ kind: 'global', global: 'home' })
  await request.get('/')
  await expect.poll(async () => (await request.get('/')).headers()['x-nextjs-cache']).toBe('HIT')

  const unsigned = await request.post('/api/revalidate', { data: event, headers: { 'content-type': 'application/json' } })
  expect(unsigned.status()).toBe(401)
  const forged = await request.post('/api/revalidate', {
    data: event,
    headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: await signEvent(event, 'not-the-secret-not-the-secret-xx') },
  })
  expect(forged.status()).toBe(401)
  const stale = await request.post('/api/revalidate', {
    data: event,
    headers: { [SIGNATURE_HEADER]: await signEvent(event, SECRETS.revalidate, Math.floor(Date.now() / 1000) - 3600) },
  })
  expect(stale.status()).toBe(401)
  for (const body of ['{not json', JSON.stringify({ kind: 'document', collection: 'articles' }), JSON.stringify({ kind: 'everything' })]) {
    const malformed = await request.post('/api/revalidate', { data: body, headers: { [SIGNATURE_HEADER]: await signEvent(body, SECRETS.revalidate) } })
    expect(malformed.status(), body).toBe(400)
    expect(((await malformed.json()) as { error: string }).error).toBeTruthy()
  }
  // The home page is still served from the cache: nothing was dropped.
  expect((await request.get('/')).headers()['x-nextjs-cache']).toBe('HIT')

  const valid = await request.post('/api/revalidate', { data: event, headers: { [SIGNATURE_HEADER]: await signEvent(event, SECRETS.revalidate) } })
  expect(valid.status()).toBe(200)
  expect(await valid.json()).toEqual({ revalidated: ['cms:global:home'] })
})

test('staff preview drafts on the real site, never cached; visitors get the published page with shared-cache headers', async ({ page, request }) => {
  const title = `Draft briefing ${Date.now()}`
  const draft = await createArticle(request, title, 'draft')
  const path = `/articles/${draft.slug}`
  expect((await request.get(path)).status()).toBe(404)

  // A forged or expired link is refused.
  const refused = await request.get(`/api/preview?path=${encodeURIComponent(path)}&expires=${Math.floor(Date.now() / 1000) + 60}&signature=00`, { maxRedirects: 0 })
  expect(refused.status()).toBe(401)

  const link = await signPreview(path, SECRETS.preview)
  const response = await page.goto(`/api/preview?${new URLSearchParams({ path, expires: String(link.expires), signature: link.signature })}`)
  await expect(page).toHaveURL(path)
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  await expect(page.getByText('Preview: you are seeing unpublished drafts.')).toBeVisible()
  expect(response?.headers()['cache-control']).toMatch(/private/)
  expect(response?.headers()['cache-control']).toMatch(/no-store/)

  await page.getByRole('button', { name: 'Leave preview' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByText('Preview: you are seeing unpublished drafts.')).toHaveCount(0)
  expect((await page.goto(path))?.status()).toBe(404)

  // Visitors: public pages may be held by a shared cache and served stale while revalidating.
  const published = await request.get('/articles/conga-protests-and-the-state-of-emergency')
  expect(published.headers()['cache-control']).toMatch(/s-maxage=\d+/)
  expect(published.headers()['cache-control']).toMatch(/stale-while-revalidate/)
  expect(published.headers()['cache-control']).not.toMatch(/private/)
})
