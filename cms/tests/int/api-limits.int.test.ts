import { readFileSync } from 'node:fs'

import { SITE_EXEMPTION_HEADER, siteExemptionToken } from '@chasqui/cms-client'
import type { Payload } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { printGraphQLSchema } from '../../scripts/lib/graphql-schema'
import { createApiPolicy } from '../../src/api-policy'
import config from '../../src/payload.config'
import { buildArticle, richText } from './factories'
import { api, BASE_URL, bootPayload, buildApiKey, buildUser, createInProcessFetch, graphql, inProcessFetch, json, login } from './harness'

// Before the config is evaluated: an extra origin from the environment, as an operator sets it.
vi.hoisted(() => {
  process.env.CORS_ORIGINS = 'https://partner.example'
})

type Errors = { errors: { message: string }[] }

/** Articles → bulletin → its articles → …: depth 2 + 3 × loops + 1. */
const nested = (loops: number) => `{ Articles { docs { ${'bulletin { articles { docs { '.repeat(loops)}title${' } } }'.repeat(loops)} } } }`

/** Limits, caching, CORS and error answers of the API, through the production route wrapper. */
describe('API limits', () => {
  let payload: Payload
  let articleId: string
  let editorToken: string
  let membersArticleId: string

  beforeAll(async () => {
    payload = await bootPayload()
    articleId = (await buildArticle(payload, { title: 'Public piece' })).id
    await buildArticle(payload, { title: 'Secret draft', _status: 'draft' })
    membersArticleId = (await buildArticle(payload, { title: 'Members piece', visibility: 'members', body: richText('Quetzal members-only text') })).id
    const editor = await buildUser(payload, ['editor'])
    editorToken = await login(editor.email, editor.password)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  describe('GraphQL', () => {
    it('refuses a query nested deeper than GRAPHQL_MAX_DEPTH, giving both numbers', async () => {
      const { status, body } = await graphql(nested(3))
      expect(status).toBe(400)
      expect(body.errors?.[0]?.message).toBe('Query depth 12 exceeds the limit of 10.')
      expect((await graphql(nested(2))).status).toBe(200)
    })

    it('refuses a query above GRAPHQL_MAX_COMPLEXITY, giving both numbers', async () => {
      const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: Articles(limit: 1) { docs { title heroImage { url } } }`).join(' ')
      const { status, body } = await graphql(`{ ${aliases} }`)
      expect(status).toBe(400)
      const message = body.errors?.[0]?.message ?? ''
      expect(message).toMatch(/^The query exceeds the maximum complexity of 1000\. Actual complexity is (\d+)$/)
      expect(Number(/is (\d+)$/.exec(message)?.[1])).toBeGreaterThan(1000)
    })

    it('refuses a limit above 100, literal or by variable', async () => {
      const literal = await graphql('{ Articles(limit: 101) { docs { title } } }')
      expect(literal.status).toBe(400)
      expect(literal.body.errors?.[0]?.message).toBe('limit must be a whole number from 1 to 100; got 101.')
      const variable = await graphql('query ($n: Int) { Articles(limit: $n) { docs { title } } }', { variables: { n: 0 } })
      expect(variable.body.errors?.[0]?.message).toBe('limit must be a whole number from 1 to 100; got 0.')
      expect((await graphql('{ Articles(limit: 100) { docs { title } } }')).status).toBe(200)
    })

    it('refuses a sort on a field the documents do not have, literal or by variable, in a list and in a join', async () => {
      const literal = await graphql('{ Articles(sort: "nope") { docs { title } } }')
      expect(literal.status).toBe(400)
      expect(literal.body.errors?.[0]?.message).toMatch(/^sort: "nope" is not a field of Articles\. Sort by a field name \(id, title, .*\), with - before it for descending order\.$/)
      const variable = await graphql('query ($sort: String) { Articles(sort: $sort) { docs { title } } }', { variables: { sort: 'title,-publishedat' } })
      expect(variable.status).toBe(400)
      expect(variable.body.errors?.[0]?.message).toMatch(/^sort: "publishedat" is not a field of Articles\./)
      const join = await graphql('{ Bulletins { docs { articles(sort: "-nope") { docs { title } } } } }')
      expect(join.status).toBe(400)
      expect(join.body.errors?.[0]?.message).toMatch(/^sort: "nope" is not a field of articles\./)
    })

    it('obeys a sort on real fields: one, several, descending, dotted', async () => {
      await buildArticle(payload, { title: 'Andean notes' })
      for (const sort of ['title', '-publishedAt', 'kind,-createdAt', 'meta.title', 'id']) {
        const { status, body } = await graphql(`{ Articles(sort: "${sort}") { docs { title } } }`)
        expect([status, body.errors], sort).toEqual([200, undefined])
      }
      const { body } = await graphql<{ Articles: { docs: { title: string }[] } }>('{ Articles(sort: "-title") { docs { title } } }')
      const titles = body.data?.Articles.docs.map((doc) => doc.title) ?? []
      expect(titles.length).toBeGreaterThan(1)
      expect(titles).toEqual([...titles].sort().reverse())
    })

    it('answers syntax errors and invalid JSON with 400', async () => {
      const syntax = await graphql('{ Articles { docs { title } ')
      expect(syntax.status).toBe(400)
      expect(syntax.body.errors?.[0]?.message).toMatch(/^Syntax Error/)
      const response = await inProcessFetch(`${BASE_URL}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{bad json' })
      expect(response.status).toBe(400)
      expect(await json<Errors>(response)).toEqual({ errors: [{ message: 'Invalid JSON' }] })
    })

    it('allows introspection outside production only', async () => {
      expect((await graphql('{ __schema { queryType { name } } }')).status).toBe(200)
      vi.stubEnv('NODE_ENV', 'production')
      try {
        const { status, body } = await graphql('{ __schema { queryType { name } } }')
        expect(status).toBe(400)
        expect(body.errors?.[0]?.message).toBe('GraphQL introspection is not allowed, but the query contained __schema or __type')
      } finally {
        vi.unstubAllEnvs()
      }
    })

    it('publishes the schema as packages/cms-client/schema.graphql, matching the config (check:drift)', async () => {
      const sanitized = await config
      expect(sanitized.graphQL.schemaOutputFile).toMatch(/packages\/cms-client\/schema\.graphql$/)
      expect(readFileSync(sanitized.graphQL.schemaOutputFile, 'utf8')).toBe(printGraphQLSchema(sanitized))
    })
  })

  describe('REST page size and depth', () => {
    it.each([
      ['limit=101', 'limit must be a whole number from 1 to 100; got "101".'],
      ['limit=0', 'limit must be a whole number from 1 to 100; got "0".'],
      ['limit=-1', 'limit must be a whole number from 1 to 100; got "-1".'],
      ['limit=ten', 'limit must be a whole number from 1 to 100; got "ten".'],
      ['depth=4', 'depth must be a whole number from 0 to 3; got "4".'],
      ['joins[articles][limit]=500', 'joins[articles][limit] must be a whole number from 1 to 100; got "500".'],
    ])('?%s → 400 saying why', async (query, message) => {
      const response = await api(`/api/articles?${query}`)
      expect(response.status).toBe(400)
      expect(await json<Errors>(response)).toEqual({ errors: [{ message }] })
    })

    it('serves limit=100 and depth=3', async () => {
      expect((await api('/api/articles?limit=100&depth=3')).status).toBe(200)
    })
  })

  describe('REST sort', () => {
    it('refuses a field the collection does not have, naming it and the collection', async () => {
      for (const sort of ['nope', '-publishedat', 'title,-nope']) {
        const response = await api(`/api/articles?sort=${sort}`)
        expect(response.status).toBe(400)
        const message = (await json<Errors>(response)).errors[0]?.message
        expect(message).toMatch(new RegExp(`^sort: "${sort.split(',').at(-1)?.replace(/^-/, '')}" is not a field of articles\\. Sort by a field name \\(id, title, `))
      }
    })

    it("takes the collection's fields, descending, several, and dotted paths", async () => {
      for (const sort of ['title', '-publishedAt', 'kind,-createdAt', 'meta.title', 'id']) expect((await api(`/api/articles?sort=${sort}`)).status, sort).toBe(200)
      const titles = (await json<{ docs: { title: string }[] }>(await api('/api/articles?sort=-title'))).docs.map((doc) => doc.title)
      expect(titles).toEqual([...titles].sort().reverse())
    })
  })

  describe('bad input is a 4xx, never a 500 or a stack trace', () => {
    it.each([
      ['/api/articles?where[title][bogus]=x', 400],
      ['/api/articles?where[nonexistent][equals]=1', 400],
      ['/api/articles?where[publishedAt][greater_than]=notadate', 400],
      ['/api/articles?where[publishedAt][in]=2020-01-01,never', 400],
      ['/api/articles?where[publishedAt][near]=1,2', 400],
      ['/api/articles?where[title]=x', 400],
      ['/api/articles?where=garbage', 400],
      ['/api/articles?where[or]=x', 400],
      ['/api/bulletins?where[number][equals]=abc', 400],
      ['/api/articles?where[bulletin.publishedAt][greater_than]=notadate', 400],
      ['/api/articles?where[topics][all]=a,b', 400],
      ['/api/articles?where[meta.title][all]=x', 400],
      ['/api/search?where[doc.value][all]=x', 400],
      ['/api/articles?where[title][equals][0]=x', 400],
      ['/api/articles?limit=100000', 400],
      ['/api/articles?depth=50', 400],
    ])('GET %s → %i', async (path, status) => {
      const response = await api(path)
      const text = await response.text()
      expect(response.status).toBe(status)
      expect(JSON.parse(text)).toMatchObject({ errors: [{ message: expect.any(String) }] })
      expect(text).not.toMatch(/\bat .*\.(js|ts):\d+/)
    })

    it('a write naming a related document that does not exist → 400', async () => {
      for (const data of [{ bulletin: 'no-such-bulletin' }, { topics: ['no-such-topic'] }]) {
        const response = await api(`/api/articles/${articleId}`, { method: 'PATCH', body: data, token: editorToken })
        expect(response.status).toBe(400)
        expect(await json<Errors>(response)).toEqual({ errors: [{ message: 'A relationship names a document that does not exist.' }] })
      }
    })

    it('an invalid JSON body → 400', async () => {
      const response = await inProcessFetch(`${BASE_URL}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' })
      expect(response.status).toBe(400)
    })

    it('a body above API_MAX_BODY_BYTES → 413, declared or streamed', async () => {
      const big = JSON.stringify({ title: 'x'.repeat(1024 * 1024) })
      const declared = await api('/api/articles', { method: 'POST', body: { title: 'x'.repeat(1024 * 1024) }, token: editorToken })
      expect(declared.status).toBe(413)
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(big))
          controller.close()
        },
      })
      const streamed = await inProcessFetch(`${BASE_URL}/api/articles`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` },
        body: stream,
        duplex: 'half',
      } as RequestInit)
      expect(streamed.status).toBe(413)
      expect((await json<Errors>(streamed)).errors[0]?.message).toMatch(/larger than 1048576 bytes/)
    })
  })

  describe('select cannot uncover members-only bodies', () => {
    it.each(['select[body]=true', 'select[body]=true&select[visibility]=false', 'select[visibility]=false', 'select[title]=false&select[visibility]=false'])(
      'REST ?%s',
      async (query) => {
        for (const path of [`/api/articles?${query}`, `/api/articles/${membersArticleId}?${query}`]) {
          const text = await (await api(path)).text()
          expect(text).not.toContain('Quetzal')
        }
      },
    )

    it('GraphQL asking for the body alone', async () => {
      const { body } = await graphql(`{ Article(id: "${membersArticleId}") { body } Articles { docs { body } } }`)
      expect(JSON.stringify(body)).not.toContain('Quetzal')
    })

    it('members-only bodies still reach those who may read them', async () => {
      const text = await (await api(`/api/articles/${membersArticleId}?select[body]=true`, { token: editorToken })).text()
      expect(text).toContain('Quetzal')
    })
  })

  describe('HTTP caching', () => {
    it('gives anonymous reads an ETag and answers a matching If-None-Match with 304', async () => {
      const first = await api(`/api/articles/${articleId}`)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate')
      const again = await api(`/api/articles/${articleId}`, { headers: { 'If-None-Match': etag ?? '' } })
      expect(again.status).toBe(304)
      expect(await again.text()).toBe('')

      await payload.update({ collection: 'articles', id: articleId, data: { summary: 'A changed summary' } })
      const changed = await api(`/api/articles/${articleId}`, { headers: { 'If-None-Match': etag ?? '' } })
      expect(changed.status).toBe(200)
      expect(changed.headers.get('etag')).not.toBe(etag)
    })

    it('streams uploaded files untouched: no ETag of ours, every byte', async () => {
      const pdf = await (await PDFDocument.create()).save()
      await payload.create({
        collection: 'documents',
        data: { title: 'Public report file', language: 'en', visibility: 'public' },
        file: { data: Buffer.from(pdf), mimetype: 'application/pdf', name: 'public-report.pdf', size: pdf.length },
      })
      const response = await api('/api/documents/file/public-report.pdf')
      expect(response.status).toBe(200)
      expect(response.headers.get('etag')).toBeNull()
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf)
    })

    it('marks reads with credentials private and gives them no ETag', async () => {
      const response = await api(`/api/articles/${articleId}`, { token: editorToken })
      expect(response.headers.get('cache-control')).toBe('private, no-store')
      expect(response.headers.get('etag')).toBeNull()
    })
  })

  describe('CORS', () => {
    it.each([
      ['the site', 'http://localhost:3001'],
      ['an origin from CORS_ORIGINS', 'https://partner.example'],
    ])('lets %s read answers', async (_, origin) => {
      const response = await api('/api/articles', { headers: { Origin: origin } })
      expect(response.headers.get('access-control-allow-origin')).toBe(origin)
    })

    it('does not let other origins read answers', async () => {
      const response = await api('/api/articles', { headers: { Origin: 'https://evil.example' } })
      expect(response.headers.get('access-control-allow-origin')).toBeNull()
    })
  })

  describe('rate limiting', () => {
    const SITE_SECRET = 'site-secret-for-the-rate-limit-tests-0001'
    let integratorKey = ''
    let limited: typeof fetch

    beforeAll(async () => {
      // The first account becomes an admin; the integrator must not be it.
      await buildUser(payload, ['admin'])
      const { user } = await buildUser(payload, ['integrator'])
      integratorKey = (await buildApiKey(payload, user.id)).key
      const policy = createApiPolicy(config, {
        rateLimit: { windowSeconds: 60, anonymous: 3, authenticated: 5, authEndpoints: 2 },
        trustedProxies: 1,
        maxBodyBytes: 1024 * 1024,
        allowedOrigins: ['http://localhost:3001'],
        siteSecret: SITE_SECRET,
      })
      limited = createInProcessFetch(policy)
    })

    const from = (address: string, headers: Record<string, string> = {}) =>
      limited(`${BASE_URL}/api/articles?depth=0`, { headers: { 'X-Forwarded-For': `198.51.100.1, ${address}`, ...headers } })

    it('allows the anonymous limit per address, then answers 429 with Retry-After and RateLimit headers', async () => {
      for (const remaining of [2, 1, 0]) {
        const response = await from('203.0.113.1')
        expect(response.status).toBe(200)
        expect(response.headers.get('ratelimit-remaining')).toBe(String(remaining))
      }
      const refused = await from('203.0.113.1', { Origin: 'http://localhost:3001' })
      expect(refused.status).toBe(429)
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
      expect(refused.headers.get('ratelimit-limit')).toBe('3')
      expect(refused.headers.get('ratelimit-policy')).toBe('3;w=60')
      expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:3001')
      expect((await json<Errors>(refused)).errors[0]?.message).toMatch(/^Too many requests: the limit is 3 per 60 seconds\./)
      // Another address, and the same address with a valid API key, count separately.
      expect((await from('203.0.113.2')).status).toBe(200)
      const withKey = await from('203.0.113.1', { Authorization: `API-Key ${integratorKey}` })
      expect(withKey.status).toBe(200)
      expect(withKey.headers.get('ratelimit-limit')).toBe('5')
      // An invalid key is no way around the address's limit.
      expect((await from('203.0.113.1', { Authorization: 'API-Key chq_not-a-real-key' })).status).toBe(429)
    })

    it('never limits health checks, nor the uploaded files pages embed', async () => {
      for (let i = 0; i < 5; i += 1) {
        const health = await limited(`${BASE_URL}/api/health`, { headers: { 'X-Forwarded-For': '203.0.113.7' } })
        expect(health.status).toBe(200)
        const file = await limited(`${BASE_URL}/api/documents/file/no-such-file.pdf`, { headers: { 'X-Forwarded-For': '203.0.113.7' } })
        expect(file.status).not.toBe(429)
      }
    })

    it('believes only the address the trusted proxy appended', async () => {
      for (let i = 0; i < 3; i += 1) {
        await limited(`${BASE_URL}/api/articles`, { headers: { 'X-Forwarded-For': `10.0.0.${i}, 203.0.113.3` } })
      }
      const spoofed = await limited(`${BASE_URL}/api/articles`, { headers: { 'X-Forwarded-For': '10.0.0.99, 203.0.113.3' } })
      expect(spoofed.status).toBe(429)
    })

    it('limits login attempts more strictly, per address', async () => {
      const attempt = () =>
        limited(`${BASE_URL}/api/members/login`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.4' },
          body: JSON.stringify({ email: 'nobody@chasqui.test', password: 'wrong-password' }),
        })
      expect((await attempt()).status).toBe(401)
      expect((await attempt()).status).toBe(401)
      const refused = await attempt()
      expect(refused.status).toBe(429)
      expect(refused.headers.get('ratelimit-limit')).toBe('2')
    })

    it('exempts the site by its token, which grants no drafts', async () => {
      const token = await siteExemptionToken(SITE_SECRET)
      for (let i = 0; i < 6; i += 1) {
        const response = await limited(`${BASE_URL}/api/articles?draft=true&limit=100`, {
          headers: { 'X-Forwarded-For': '203.0.113.5', [SITE_EXEMPTION_HEADER]: token },
        })
        expect(response.status).toBe(200)
        expect(response.headers.get('ratelimit-limit')).toBeNull()
        const titles = (await json<{ docs: { title: string }[] }>(response)).docs.map((doc) => doc.title)
        expect(titles).toContain('Public piece')
        expect(titles).not.toContain('Secret draft')
      }
      const wrongToken = async () =>
        limited(`${BASE_URL}/api/articles`, { headers: { 'X-Forwarded-For': '203.0.113.6', [SITE_EXEMPTION_HEADER]: `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}` } })
      const statuses = [await wrongToken(), await wrongToken(), await wrongToken(), await wrongToken()].map((r) => r.status)
      expect(statuses).toEqual([200, 200, 200, 429])
    })
  })
})
