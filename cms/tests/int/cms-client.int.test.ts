import { CmsUnavailableError, createCmsClient } from '@chasqui/cms-client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle } from './factories'
import { BASE_URL, bootPayload, inProcessFetch } from './harness'

/** The site's client against the real REST handlers. */
describe('@chasqui/cms-client against the cms', () => {
  let payload: Payload
  const client = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch })

  beforeAll(async () => {
    payload = await bootPayload()
    await buildArticle(payload, { title: 'Older', kind: 'analysis', summary: 'Older summary', publishedAt: '2012-07-09T09:00:00.000Z' })
    await buildArticle(payload, { title: 'Newer', kind: 'analysis', summary: 'Newer summary', publishedAt: '2012-12-19T09:00:00.000Z' })
    await buildArticle(payload, { title: 'Draft', _status: 'draft', publishedAt: '2013-01-01T00:00:00.000Z' })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('lists published articles newest first, as summaries', async () => {
    const page = await client.listArticles({ limit: 10 })
    expect(page.items.map((item) => item.title)).toEqual(['Newer', 'Older'])
    expect(page.items[0]).toEqual({
      id: expect.any(String),
      slug: 'newer',
      title: 'Newer',
      kind: 'analysis',
      summary: 'Newer summary',
      publishedAt: '2012-12-19T09:00:00.000Z',
    })
    expect(page).toMatchObject({ page: 1, totalItems: 2, totalPages: 1, hasNextPage: false })
  })

  it('paginates', async () => {
    const first = await client.listArticles({ limit: 1 })
    const second = await client.listArticles({ limit: 1, page: 2 })
    expect([first.items[0]?.title, second.items[0]?.title]).toEqual(['Newer', 'Older'])
    expect(first.hasNextPage).toBe(true)
  })

  it('reports the cms health', async () => {
    expect(await client.health()).toMatchObject({ status: 'ok', service: 'cms' })
  })

  it('reports an unreachable cms as CmsUnavailableError', async () => {
    const offline = createCmsClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 })
    await expect(offline.listArticles()).rejects.toBeInstanceOf(CmsUnavailableError)
  })
})
