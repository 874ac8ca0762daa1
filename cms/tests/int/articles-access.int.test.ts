import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle } from './factories'
import { api, bootPayload, buildUser, graphql, json, login } from './harness'

/** Drafts never reach anonymous readers, whatever the route or parameter. */
describe('articles: drafts stay private', () => {
  let payload: Payload
  let editorToken: string

  beforeAll(async () => {
    payload = await bootPayload()
    const editor = await buildUser(payload, ['editor'])
    editorToken = await login(editor.email, editor.password)
    await buildArticle(payload, { title: 'Published piece' })
    await buildArticle(payload, { title: 'Secret draft', _status: 'draft' })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  const titles = (docs: { title: string }[]) => docs.map((doc) => doc.title)

  it('REST lists only published articles to anonymous readers, even with draft=true', async () => {
    for (const query of ['', '?draft=true', '?where[_status][equals]=draft']) {
      const body = await json<{ docs: { title: string }[] }>(await api(`/api/articles${query}`))
      expect(titles(body.docs)).not.toContain('Secret draft')
    }
    const body = await json<{ docs: { title: string }[] }>(await api('/api/articles'))
    expect(titles(body.docs)).toEqual(['Published piece'])
  })

  it('REST refuses a draft by id to anonymous readers', async () => {
    const draft = await payload.find({ collection: 'articles', draft: true, where: { title: { equals: 'Secret draft' } } })
    const response = await api(`/api/articles/${draft.docs[0]?.id}?draft=true`)
    expect(response.status).toBe(404)
  })

  it('GraphQL lists only published articles to anonymous readers, even with draft: true', async () => {
    const { body } = await graphql<{ Articles: { docs: { title: string }[] } }>(
      '{ Articles(draft: true, limit: 50) { docs { title } } }',
    )
    expect(titles(body.data?.Articles.docs ?? [])).toEqual(['Published piece'])
  })

  it('anonymous readers cannot read versions', async () => {
    const response = await api('/api/articles/versions')
    expect(response.status).toBe(403)
  })

  it('editors see drafts', async () => {
    const body = await json<{ docs: { title: string }[] }>(await api('/api/articles?draft=true', { token: editorToken }))
    expect(titles(body.docs)).toEqual(expect.arrayContaining(['Published piece', 'Secret draft']))
  })

  it('anonymous readers cannot write', async () => {
    const response = await api('/api/articles', { method: 'POST', body: { title: 'Spam', kind: 'news', summary: 'x' } })
    expect(response.status).toBe(403)
  })
})
