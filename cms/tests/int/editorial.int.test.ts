import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle, buildEvidence, buildReport, buildTranslation, richText } from './factories'
import { api, bootPayload, buildUser, json, login } from './harness'

/** The editorial workflow of issue 3: publish dates, slugs and redirects, translations, scheduling, search. */
let payload: Payload
let editorToken: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await buildUser(payload, ['editor'])
  editorToken = await login(editor.email, editor.password)
})

afterAll(async () => {
  await payload.destroy()
})

const patch = (path: string, body: unknown, query = '') =>
  api(`${path}${query}`, { token: editorToken, method: 'PATCH', body })

describe('publishedAt', () => {
  it('is set on first publish and kept afterwards', async () => {
    const draft = await buildArticle(payload, { title: 'Dated piece', _status: 'draft' })
    expect(draft.publishedAt ?? null).toBeNull()

    const before = Date.now()
    const published = await json<{ doc: { publishedAt: string } }>(await patch(`/api/articles/${draft.id}`, { _status: 'published' }))
    const first = published.doc.publishedAt
    expect(new Date(first).getTime()).toBeGreaterThanOrEqual(before - 1000)

    const again = await json<{ doc: { publishedAt: string } }>(
      await patch(`/api/articles/${draft.id}`, { summary: 'Edited', _status: 'published' }),
    )
    expect(again.doc.publishedAt).toBe(first)
  })

  it('can be edited, e.g. to backdate archive material', async () => {
    const article = await buildArticle(payload, { title: 'Archive piece' })
    const response = await patch(`/api/articles/${article.id}`, { publishedAt: '2009-06-05T00:00:00.000Z' })
    expect((await json<{ doc: { publishedAt: string } }>(response)).doc.publishedAt).toBe('2009-06-05T00:00:00.000Z')
  })
})

describe('slugs', () => {
  it('are generated from the title when none is given, and made unique', async () => {
    const create = (title: string) =>
      api('/api/articles', {
        token: editorToken,
        method: 'POST',
        body: { title, kind: 'news', summary: 's', visibility: 'public', language: 'en', _status: 'published' },
      })
    const first = await json<{ doc: { slug: string } }>(await create('Update on Conga'))
    const second = await json<{ doc: { slug: string } }>(await create('Update on Conga'))
    expect(first.doc.slug).toBe('update-on-conga')
    expect(second.doc.slug).toBe('update-on-conga-2')
  })

  it('refuse an explicit slug another document already uses, saying so', async () => {
    await buildArticle(payload, { title: 'Taken', slug: 'taken-slug' })
    const response = await api('/api/articles', {
      token: editorToken,
      method: 'POST',
      body: { title: 'Other', slug: 'taken-slug', kind: 'news', summary: 's', visibility: 'public', language: 'en' },
    })
    expect(response.status).toBe(400)
    const body = await json<{ errors: { data?: { errors?: { path: string; message: string }[] } }[] }>(response)
    expect(body.errors[0]?.data?.errors?.[0]).toMatchObject({ path: 'slug' })
  })

  it('changing the slug of a published document redirects its old address', async () => {
    const article = await buildArticle(payload, { title: 'Renamed piece', slug: 'old-name' })
    await patch(`/api/articles/${article.id}`, { slug: 'new-name', _status: 'published' })
    const redirects = await json<{ docs: { from: string; to: { type: string; reference: { value: { id: string } | string } } }[] }>(
      await api('/api/redirects?where[from][equals]=/articles/old-name&depth=0'),
    )
    expect(redirects.docs).toHaveLength(1)
    expect(redirects.docs[0]?.to.type).toBe('reference')
    const target = redirects.docs[0]?.to.reference.value
    expect(typeof target === 'string' ? target : target?.id).toBe(article.id)

    // Renaming back removes the redirect that would now loop.
    await patch(`/api/articles/${article.id}`, { slug: 'old-name', _status: 'published' })
    const loop = await json<{ docs: unknown[] }>(await api('/api/redirects?where[from][equals]=/articles/old-name'))
    expect(loop.docs).toHaveLength(0)
    const back = await json<{ docs: unknown[] }>(await api('/api/redirects?where[from][equals]=/articles/new-name'))
    expect(back.docs).toHaveLength(1)
  })

  it('redirects too when the new slug was first saved in a draft (autosave), then published', async () => {
    const article = await buildArticle(payload, { title: 'Autosaved rename', slug: 'before-autosave' })
    await patch(`/api/articles/${article.id}`, { slug: 'after-autosave', _status: 'draft' }, '?draft=true&autosave=true')
    const none = await json<{ docs: unknown[] }>(await api('/api/redirects?where[from][equals]=/articles/before-autosave'))
    expect(none.docs).toHaveLength(0)
    await patch(`/api/articles/${article.id}`, { _status: 'published' })
    const redirects = await json<{ docs: unknown[] }>(await api('/api/redirects?where[from][equals]=/articles/before-autosave'))
    expect(redirects.docs).toHaveLength(1)
  })

  it('changing the slug of a draft creates no redirect', async () => {
    const draft = await buildArticle(payload, { title: 'Unpublished rename', slug: 'draft-old', _status: 'draft' })
    await patch(`/api/articles/${draft.id}`, { slug: 'draft-new' }, '?draft=true')
    const redirects = await json<{ docs: unknown[] }>(await api('/api/redirects?where[from][equals]=/articles/draft-old'))
    expect(redirects.docs).toHaveLength(0)
  })
})

describe('_status', () => {
  it('refuses a value other than draft or published and keeps the document as it was', async () => {
    const article = await buildArticle(payload, { title: 'Steady status' })
    const response = await patch(`/api/articles/${article.id}`, { title: 'Lost in limbo', _status: 'archived' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('_status must be \\"draft\\" or \\"published\\", not \\"archived\\"')

    const stored = await payload.findByID({ collection: 'articles', id: article.id, draft: true })
    expect(stored).toMatchObject({ title: 'Steady status', _status: 'published' })
    const readers = await api(`/api/articles/${article.id}`)
    expect(readers.status).toBe(200)
  })

  it('refuses it on create too, and the same body with a real status is accepted', async () => {
    const body = { title: 'Nowhere report', summary: 'A summary', slug: 'nowhere-report', language: 'en', kind: 'research', visibility: 'public', body: richText('Text') }
    const before = (await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs
    const refused = await api('/api/reports', { token: editorToken, method: 'POST', body: { ...body, _status: 'bogus' } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('_status must be')
    expect((await payload.count({ collection: 'reports', overrideAccess: true })).totalDocs).toBe(before)

    const accepted = await api('/api/reports', { token: editorToken, method: 'POST', body: { ...body, _status: 'draft' } })
    expect(accepted.status).toBe(201)
  })
})

describe('translations', () => {
  it('allow one edition per original and language, refusing a second with a clear message', async () => {
    const original = await buildReport(payload, { title: 'Gold report' })
    await buildTranslation(payload, { title: 'Informe del oro', original: { relationTo: 'reports', value: original.id } })
    const response = await api('/api/translations', {
      token: editorToken,
      method: 'POST',
      body: { original: { relationTo: 'reports', value: original.id }, language: 'es', title: 'Otra versión', summary: 'r', visibility: 'public' },
    })
    expect(response.status).toBe(400)
    const body = await json<{ errors: { data?: { errors?: { message: string }[] } }[] }>(response)
    expect(body.errors[0]?.data?.errors?.[0]?.message).toBe(
      '“Gold report” already has a Spanish translation (“Informe del oro”). Edit that one instead of adding a second.',
    )
  })

  it('may start as an empty draft (the admin autosaves on opening), but not be published so', async () => {
    const draft = await api('/api/translations?draft=true&autosave=true', {
      token: editorToken,
      method: 'POST',
      body: { _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const { doc } = await json<{ doc: { id: string } }>(draft)
    const publish = await patch(`/api/translations/${doc.id}`, { title: 'Sin original', summary: 's', _status: 'published' })
    expect(publish.status).toBe(400)
    expect(JSON.stringify(await publish.json())).toContain('Choose the document this translates.')
  })

  it('start a translator’s empty draft in their language and hold them to it', async () => {
    const translator = await buildUser(payload, ['translator'], { languages: ['es'] })
    const token = await login(translator.email, translator.password)
    const draft = await api('/api/translations?draft=true&autosave=true', {
      token,
      method: 'POST',
      body: { language: 'en', _status: 'draft' },
    })
    expect(draft.status).toBe(201)
    const { doc } = await json<{ doc: { id: string; language: string } }>(draft)
    expect(doc.language).toBe('es')

    const original = await buildArticle(payload, { title: 'For the translator' })
    const wrong = await api(`/api/translations/${doc.id}?draft=true`, {
      token,
      method: 'PATCH',
      body: { original: { relationTo: 'articles', value: original.id }, language: 'en' },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toContain('You translate into Spanish; choose Spanish')
  })

  it('must be in another language than the original', async () => {
    const original = await buildArticle(payload, { title: 'English only' })
    const response = await api('/api/translations', {
      token: editorToken,
      method: 'POST',
      body: { original: { relationTo: 'articles', value: original.id }, language: 'en', title: 'Same', summary: 's', visibility: 'public' },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('a translation must be in another language')
  })

  it('publish and unpublish independently of their original, both ways', async () => {
    const original = await buildArticle(payload, { title: 'Independent original' })
    const translation = await buildTranslation(payload, {
      title: 'Original independiente',
      original: { relationTo: 'articles', value: original.id },
      _status: 'draft',
    })
    const status = async (collection: 'articles' | 'translations', id: string) =>
      (await payload.findByID({ collection, id, depth: 0 }))._status

    await patch(`/api/translations/${translation.id}`, { _status: 'published' })
    expect(await status('translations', translation.id)).toBe('published')
    expect(await status('articles', original.id)).toBe('published')

    await patch(`/api/articles/${original.id}`, { _status: 'draft' })
    expect(await status('articles', original.id)).toBe('draft')
    expect(await status('translations', translation.id)).toBe('published')

    await patch(`/api/articles/${original.id}`, { _status: 'published' })
    await patch(`/api/translations/${translation.id}`, { _status: 'draft' })
    expect(await status('translations', translation.id)).toBe('draft')
    expect(await status('articles', original.id)).toBe('published')
  })

  it('are flagged “needs update” when the original is republished with changed content, and not otherwise', async () => {
    const original = await buildArticle(payload, { title: 'Changing original' })
    const translation = await buildTranslation(payload, {
      title: 'Original cambiante',
      original: { relationTo: 'articles', value: original.id },
    })
    const needsUpdate = async () =>
      (await json<{ needsUpdate: boolean }>(await api(`/api/translations/${translation.id}`, { token: editorToken }))).needsUpdate

    expect(await needsUpdate()).toBe(false)

    // Republishing without changing translatable content, or only changing taxonomy: still current.
    await patch(`/api/articles/${original.id}`, { _status: 'published', regions: ['piura'] })
    expect(await needsUpdate()).toBe(false)

    // A draft of the original with changed text: nothing published yet, still current.
    await patch(`/api/articles/${original.id}`, { body: richText('Rewritten text'), _status: 'draft' }, '?draft=true')
    expect(await needsUpdate()).toBe(false)

    // Publishing the changed text flags the translation.
    await patch(`/api/articles/${original.id}`, { body: richText('Rewritten text'), _status: 'published' })
    expect(await needsUpdate()).toBe(true)

    // The translator republishes their edition: current again.
    await patch(`/api/translations/${translation.id}`, { body: richText('Texto reescrito'), _status: 'published' })
    expect(await needsUpdate()).toBe(false)
  })

  it('of a members-only original are members-only too, immediately and on every save', async () => {
    const original = await buildArticle(payload, { title: 'Becomes members-only' })
    const translation = await buildTranslation(payload, {
      title: 'Se vuelve solo para socios',
      original: { relationTo: 'articles', value: original.id },
    })
    await patch(`/api/articles/${original.id}`, { visibility: 'members', _status: 'published' })
    const stored = await payload.findByID({ collection: 'translations', id: translation.id, depth: 0 })
    expect(stored.visibility).toBe('members')
    const anonymous = await json<{ body?: unknown }>(await api(`/api/translations/${translation.id}`))
    expect(anonymous.body ?? null).toBeNull()

    await patch(`/api/translations/${translation.id}`, { visibility: 'public', _status: 'published' })
    expect((await payload.findByID({ collection: 'translations', id: translation.id, depth: 0 })).visibility).toBe('members')
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when the jobs queue runs after the scheduled time, and sets publishedAt then', async () => {
    const draft = await buildArticle(payload, { title: 'Scheduled piece', _status: 'draft' })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id } },
      waitUntil: new Date(Date.now() + 60_000),
    })
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.findByID({ collection: 'articles', id: draft.id }))._status).toBe('draft')

    const due = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: draft.id } } })
    await payload.update({ collection: 'payload-jobs', id: due.docs[0]!.id, data: { waitUntil: new Date(Date.now() - 1000).toISOString() } })
    await payload.jobs.run({ queue: 'default' })

    const published = await payload.findByID({ collection: 'articles', id: draft.id })
    expect(published._status).toBe('published')
    expect(published.publishedAt).toBeTruthy()
    const anonymous = await api(`/api/articles/${draft.id}`)
    expect(anonymous.status).toBe(200)
  })
})

describe('search index follows content', () => {
  const inIndex = async (id: string) => {
    const result = await payload.find({ collection: 'search', where: { 'doc.value': { equals: id } }, depth: 0 })
    return result.docs[0] as { title: string; text?: string; language?: string; type?: string; editions?: unknown } | undefined
  }

  it('on publish, edit, unpublish and delete', async () => {
    const article = await buildArticle(payload, { title: 'Indexed piece' })
    expect((await inIndex(article.id))?.title).toBe('Indexed piece')

    await patch(`/api/articles/${article.id}`, { title: 'Indexed piece, edited', _status: 'published' })
    expect((await inIndex(article.id))?.title).toBe('Indexed piece, edited')

    // A new draft of a published piece leaves the published entry as it was.
    await patch(`/api/articles/${article.id}`, { title: 'Secret new title', _status: 'draft' }, '?draft=true')
    expect((await inIndex(article.id))?.title).toBe('Indexed piece, edited')

    await patch(`/api/articles/${article.id}`, { _status: 'draft' })
    expect(await inIndex(article.id)).toBeUndefined()

    await patch(`/api/articles/${article.id}`, { _status: 'published' })
    expect(await inIndex(article.id)).toBeDefined()

    await api(`/api/articles/${article.id}`, { token: editorToken, method: 'DELETE' })
    expect(await inIndex(article.id)).toBeUndefined()
  })

  it('indexes translations with their language', async () => {
    const original = await buildArticle(payload, { title: 'With a Spanish edition' })
    const translation = await buildTranslation(payload, {
      title: 'Con una edición en español',
      original: { relationTo: 'articles', value: original.id },
    })
    expect(await inIndex(translation.id)).toMatchObject({ type: 'translations', language: 'es' })
    // Both entries of the work list both editions (hreflang, one edition per language in feeds).
    const editions = [
      { language: 'en', path: '/articles/with-a-spanish-edition' },
      { language: 'es', path: '/es/articles/con-una-edicion-en-espanol' },
    ]
    // The English original stands for English only now; the Spanish edition for Spanish.
    expect(await inIndex(original.id)).toMatchObject({ editions, showIn: ' en ' })
    expect(await inIndex(translation.id)).toMatchObject({ editions, showIn: ' es ' })

    // Unpublished, the translation leaves the original standing for Spanish readers again.
    await payload.update({ collection: 'translations', id: translation.id, data: { _status: 'draft' } })
    expect(await inIndex(original.id)).toMatchObject({ editions: [editions[0]], showIn: ' en es ' })
  })

  it('drops evidence made staff-only after it was indexed', async () => {
    const item = await buildEvidence(payload, { title: 'Once public' })
    expect(await inIndex(item.id)).toBeDefined()
    await payload.update({ collection: 'evidence', id: item.id, data: { sensitivity: 'staff_only' } })
    expect(await inIndex(item.id)).toBeUndefined()
  })
})
