import { describe, expect, it } from 'vitest'

import { revalidateEventSchema, signEvent, tagsForEvent, verifySignature } from './revalidate.js'

const secret = 'a-shared-secret-of-decent-length-000000'

describe('event signatures', () => {
  it('verify what was signed, now', async () => {
    const body = JSON.stringify({ kind: 'global', global: 'home' })
    expect(await verifySignature(body, await signEvent(body, secret), secret)).toEqual({ ok: true })
  })

  it('refuse a changed body, another secret, an old timestamp or a malformed header', async () => {
    const body = '{"kind":"global","global":"home"}'
    const header = await signEvent(body, secret, 1_800_000_000)
    expect(await verifySignature(body.replace('home', 'navigation'), header, secret, 1_800_000_000)).toMatchObject({ ok: false })
    expect(await verifySignature(body, header, 'another-secret', 1_800_000_000)).toMatchObject({ ok: false, reason: 'bad signature' })
    expect(await verifySignature(body, header, secret, 1_800_000_400)).toMatchObject({ ok: false, reason: 'signature expired' })
    expect(await verifySignature(body, 'v1=abc', secret)).toMatchObject({ ok: false, reason: 'malformed signature' })
    expect(await verifySignature(body, null, secret)).toMatchObject({ ok: false, reason: 'missing signature' })
  })
})

describe('tagsForEvent', () => {
  it('drops a document, its slugs old and new, its lists, the feed and what shows it', () => {
    const event = revalidateEventSchema.parse({
      kind: 'document',
      operation: 'update',
      collection: 'articles',
      id: 'a1',
      slug: 'new',
      previousSlug: 'old',
      related: [{ collection: 'bulletins', id: 'b1' }],
    })
    expect(tagsForEvent(event).sort()).toEqual(
      [
        'cms:articles',
        'cms:articles:a1',
        'cms:articles:slug:new',
        'cms:articles:slug:old',
        'cms:bulletins:b1',
        'cms:feed',
        'cms:search',
      ].sort(),
    )
  })

  it('drops only the global for a global', () => {
    expect(tagsForEvent(revalidateEventSchema.parse({ kind: 'global', global: 'navigation' }))).toEqual(['cms:global:navigation'])
  })

  it('addresses bulletins by number too', () => {
    const event = revalidateEventSchema.parse({ kind: 'document', operation: 'publish', collection: 'bulletins', id: 'b', number: 154 })
    expect(tagsForEvent(event)).toContain('cms:bulletins:number:154')
  })
})
