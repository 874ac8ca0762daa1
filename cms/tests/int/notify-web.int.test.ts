import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { type RevalidateEvent, SIGNATURE_HEADER, verifySignature } from '@chasqui/cms-client'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { buildArticle, buildTranslation } from './factories'

/**
 * What the cms tells the site, and when. A local HTTP endpoint stands where the site's
 * /api/revalidate is and checks each event's signature with the shared secret.
 */
const SECRET = 'notify-test-secret-0000000000000000000000'
const received: (RevalidateEvent & { signatureOk: boolean })[] = []
let server: Server
let payload: Payload

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', async () => {
      const check = await verifySignature(body, String(request.headers[SIGNATURE_HEADER] ?? ''), SECRET)
      received.push({ ...(JSON.parse(body) as RevalidateEvent), signatureOk: check.ok })
      response.writeHead(200).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  process.env.WEB_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  process.env.REVALIDATE_SECRET = SECRET
  const { bootPayload } = await import('./harness')
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
  if (server.listening) await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  received.length = 0
})

type Received = RevalidateEvent & { signatureOk: boolean }

/** Events arrive after the transaction commits, asynchronously: wait for those about `id`. */
async function eventsAbout(id: string, expected: number): Promise<RevalidateEvent[]> {
  const about = () => received.filter((event: Received) => event.kind === 'document' && event.id === id)
  const deadline = Date.now() + 5_000
  while (about().length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
  await new Promise((resolve) => setTimeout(resolve, 150))
  return about().map(({ signatureOk, ...event }) => {
    expect(signatureOk).toBe(true)
    return event
  })
}

describe('notifying the site', () => {
  it('on publish, edit, unpublish and delete — not on a draft save of a published document', async () => {
    const article = await buildArticle(payload, { title: 'Told piece', slug: 'told-piece' })
    expect(await eventsAbout(article.id, 1)).toEqual([
      expect.objectContaining({ kind: 'document', operation: 'publish', collection: 'articles', slug: 'told-piece' }),
    ])

    received.length = 0
    await payload.update({ collection: 'articles', id: article.id, draft: true, data: { title: 'Unseen draft', _status: 'draft' } })
    expect(await eventsAbout(article.id, 0)).toEqual([])

    received.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { slug: 'told-piece-renamed', _status: 'published' } })
    expect(await eventsAbout(article.id, 1)).toEqual([
      expect.objectContaining({ operation: 'update', slug: 'told-piece-renamed', previousSlug: 'told-piece' }),
    ])
    // The redirect from the old address is news for the site too.
    expect(received.some((event) => event.kind === 'document' && event.collection === 'redirects')).toBe(true)

    received.length = 0
    await payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(await eventsAbout(article.id, 1)).toEqual([expect.objectContaining({ operation: 'unpublish' })])

    received.length = 0
    await payload.delete({ collection: 'articles', id: article.id })
    expect(await eventsAbout(article.id, 1)).toEqual([expect.objectContaining({ operation: 'delete' })])
  })

  it('names what shows the changed document: a translation’s original', async () => {
    const original = await buildArticle(payload, { title: 'Shown original' })
    const translation = await buildTranslation(payload, {
      title: 'Original mostrado',
      original: { relationTo: 'articles', value: original.id },
    })
    expect(await eventsAbout(translation.id, 1)).toEqual([
      expect.objectContaining({
        collection: 'translations',
        id: translation.id,
        related: [{ collection: 'articles', id: original.id }],
      }),
    ])
  })

  it('for globals', async () => {
    await payload.updateGlobal({ slug: 'navigation', data: { header: [{ label: 'News', path: '/articles' }] } })
    const deadline = Date.now() + 5_000
    while (!received.some((event) => event.kind === 'global') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(received.filter((event) => event.kind === 'global')).toEqual([
      expect.objectContaining({ kind: 'global', global: 'navigation', signatureOk: true }),
    ])
  })

  it('publishing does not wait for, or fail because of, an unreachable site', async () => {
    await new Promise((resolve) => server.close(resolve))
    const started = Date.now()
    const article = await buildArticle(payload, { title: 'Site is down' })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(article._status).toBe('published')
    expect((await payload.findByID({ collection: 'articles', id: article.id }))._status).toBe('published')
  })
})
