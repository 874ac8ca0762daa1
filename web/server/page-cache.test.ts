import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

import { afterEach, describe, expect, it } from 'vitest'

import { PageCache } from './page-cache.mjs'

/**
 * The page cache in a real HTTP server, wired as server.mjs wires it, in front of a
 * handler that answers the way Next does for a page from its route cache.
 */
type Page = { status?: number; headers?: Record<string, string>; body?: string | Buffer }
const NEXT_HIT = { 'x-nextjs-cache': 'HIT', 'cache-control': 's-maxage=300, stale-while-revalidate=31535700', etag: '"abc"', 'content-type': 'text/html' }

let server: Server | undefined
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())))

async function serve(cache: PageCache, page: (request: IncomingMessage) => Page) {
  let rendered = 0
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const key = cache.keyFor(request)
    if (key !== null && cache.serve(key, request, response)) return
    if (key !== null) cache.record(key, response)
    rendered += 1
    const { status = 200, headers = NEXT_HIT, body = '<p>page</p>' } = page(request)
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
    response.statusCode = status
    // As Next does: the body in more than one write.
    const bytes = Buffer.from(body)
    response.write(bytes.subarray(0, 3))
    response.end(bytes.subarray(3))
  })
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server?.address() as AddressInfo).port}`
  return {
    get: (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers }),
    rendered: () => rendered,
  }
}

describe('PageCache', () => {
  it('answers a repeated request for a cached page from memory, byte for byte', async () => {
    const site = await serve(new PageCache(), () => ({}))
    const first = await site.get('/articles/x')
    const second = await site.get('/articles/x')
    expect(site.rendered()).toBe(1)
    expect(await second.text()).toBe(await first.text())
    expect(second.status).toBe(200)
    expect(second.headers.get('etag')).toBe('"abc"')
    expect(second.headers.get('cache-control')).toBe(NEXT_HIT['cache-control'])
    expect(second.headers.get('content-length')).toBe(String('<p>page</p>'.length))
  })

  it('keeps compressed and uncompressed answers apart, and replays the compressed bytes', async () => {
    const html = '<p>' + 'water '.repeat(200) + '</p>'
    const site = await serve(new PageCache(), (request) =>
      String(request.headers['accept-encoding']).includes('gzip')
        ? { headers: { ...NEXT_HIT, 'content-encoding': 'gzip' }, body: gzipSync(html) }
        : { body: html },
    )
    await site.get('/', { 'accept-encoding': 'gzip' })
    await site.get('/', { 'accept-encoding': 'identity' })
    const zipped = await site.get('/', { 'accept-encoding': 'gzip' })
    const plain = await site.get('/', { 'accept-encoding': 'identity' })
    expect(site.rendered()).toBe(2)
    expect(await zipped.text()).toBe(html) // fetch decodes the replayed gzip
    expect(await plain.text()).toBe(html)
  })

  it('answers 304 to a matching If-None-Match', async () => {
    const site = await serve(new PageCache(), () => ({}))
    await site.get('/')
    const again = await site.get('/', { 'if-none-match': '"abc"' })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe('"abc"')
    expect(site.rendered()).toBe(1)
  })

  it.each([
    ['a page Next rendered rather than served from its cache', { headers: { ...NEXT_HIT, 'x-nextjs-cache': 'MISS' } }],
    ['a private page', { headers: { ...NEXT_HIT, 'cache-control': 'private, no-store' } }],
    ['a page without a shared-cache lifetime', { headers: { ...NEXT_HIT, 'cache-control': 'public, max-age=0' } }],
    ['a page that sets a cookie', { headers: { ...NEXT_HIT, 'set-cookie': 'a=b' } }],
    ['a 404', { status: 404 }],
  ])('never keeps %s', async (_, page: Page) => {
    const site = await serve(new PageCache(), () => page)
    await site.get('/x')
    await site.get('/x')
    expect(site.rendered()).toBe(2)
  })

  it.each([
    ['a cookie (draft mode)', { cookie: '__prerender_bypass=1' }],
    ['a member session', { cookie: 'chasqui_member=eyJhbGciOi' }],
    ['credentials', { authorization: 'Bearer x' }],
    ['a client router state', { 'next-router-state-tree': '%5B%5D' }],
  ])('always passes a request with %s through to the site', async (_, headers: Record<string, string>) => {
    const site = await serve(new PageCache(), () => ({}))
    await site.get('/x')
    await site.get('/x', headers)
    expect(site.rendered()).toBe(2)
  })

  it('never keeps a gated (private, no-store) response, even for a request without cookies', async () => {
    const site = await serve(new PageCache(), () => ({ headers: { ...NEXT_HIT, 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' } }))
    await site.get('/x')
    await site.get('/x')
    expect(site.rendered()).toBe(2)
  })

  it('forgets a page after its time to live, and everything on clear()', async () => {
    let now = 0
    const cache = new PageCache({ ttlMs: 1_000, now: () => now })
    const site = await serve(cache, () => ({}))
    await site.get('/a')
    now = 999
    await site.get('/a')
    expect(site.rendered()).toBe(1)
    now = 1_000
    await site.get('/a')
    expect(site.rendered()).toBe(2)
    cache.clear()
    expect(cache.size).toBe(0)
    await site.get('/a')
    expect(site.rendered()).toBe(3)
  })

  it('drops the oldest pages beyond its size, and never keeps one larger than an entry may be', async () => {
    const cache = new PageCache({ maxBytes: 25, maxEntryBytes: 20 })
    const site = await serve(cache, (request) => ({ body: request.url === '/big' ? 'x'.repeat(21) : '0123456789' }))
    await site.get('/big')
    expect(cache.size).toBe(0)
    await site.get('/one')
    await site.get('/two')
    await site.get('/three')
    expect(cache.size).toBe(2)
    await site.get('/one')
    expect(site.rendered()).toBe(5)
  })
})
