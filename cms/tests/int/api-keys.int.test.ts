import type { ApiKey } from '@chasqui/cms-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hashApiKey } from '../../src/lib/api-keys'
import { buildArticle } from './factories'
import { api, bootPayload, buildApiKey, buildUser, graphql, json, login } from './harness'

/**
 * Integrator API keys: issued once (plaintext only in the create response), stored as a
 * hash nobody can read back, refused with 401 and a reason when wrong, revoked or expired,
 * and reading exactly what a visitor reads.
 */

let payload: Payload
let adminToken: string
let integratorId: string
let otherIntegratorId: string
let draftTitle: string
type Errors = { errors: { message: string }[] }

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await buildUser(payload, ['admin'])
  adminToken = await login(admin.email, admin.password)
  integratorId = (await buildUser(payload, ['integrator'])).user.id
  otherIntegratorId = (await buildUser(payload, ['integrator'])).user.id
  await buildArticle(payload, { title: 'Public article for keys' })
  draftTitle = 'Draft article keys must not see'
  await buildArticle(payload, { title: draftTitle, _status: 'draft' })
})

afterAll(async () => {
  await payload.destroy()
})

async function issue(token: string, body: Record<string, unknown>) {
  return api('/api/api-keys', { method: 'POST', token, body })
}

describe('issuing', () => {
  it('returns the key once, in the create response, and stores only its hash', async () => {
    const response = await issue(adminToken, { name: 'Mirror', owner: integratorId })
    expect(response.status).toBe(201)
    const { doc } = await json<{ doc: ApiKey }>(response)
    expect(doc.key).toMatch(/^chq_[A-Za-z0-9_-]{43}$/)
    expect(doc.prefix).toBe(doc.key?.slice(0, 12))
    expect(doc).not.toHaveProperty('keyHash')

    const stored = await payload.findByID({ collection: 'api-keys', id: doc.id, overrideAccess: true, showHiddenFields: true })
    expect(stored.keyHash).toBe(hashApiKey(doc.key ?? ''))
    expect(JSON.stringify(stored)).not.toContain(doc.key)

    const again = await json<ApiKey>(await api(`/api/api-keys/${doc.id}`, { token: adminToken }))
    expect(again.name).toBe('Mirror')
    expect(again.key ?? null).toBeNull()
    expect(again).not.toHaveProperty('keyHash')
    const list = await json<{ docs: ApiKey[] }>(await api('/api/api-keys', { token: adminToken }))
    expect(JSON.stringify(list)).not.toContain(doc.key)
    expect(JSON.stringify(list)).not.toContain(stored.keyHash)
  })

  it('never lets anyone query by the hash', async () => {
    const { key } = await buildApiKey(payload, integratorId)
    const response = await api(`/api/api-keys?where[keyHash][equals]=${hashApiKey(key)}`, { token: adminToken })
    const body = await json<{ docs?: unknown[] } & Partial<Errors>>(response)
    // Payload refuses a query on a field the caller cannot read.
    expect(response.status).toBe(400)
    expect(body.docs).toBeUndefined()
  })

  it('issues keys to integrator accounts only', async () => {
    const editor = await buildUser(payload, ['editor'])
    const response = await issue(adminToken, { name: 'Wrong owner', owner: editor.user.id })
    expect(response.status).toBe(400)
    expect((await json<Errors>(response)).errors[0]?.message).toMatch(/integrator/)
  })

  it('refuses Payload’s built-in key for anyone but the site-preview account', async () => {
    const response = await api('/api/users', {
      method: 'POST',
      token: adminToken,
      body: { name: 'Old style', email: 'old-style@chasqui.test', password: 'pw-old-style-correct', roles: ['integrator'], enableAPIKey: true, apiKey: 'x'.repeat(40) },
    })
    expect(response.status).toBe(400)
    expect((await json<Errors>(response)).errors[0]?.message).toMatch(/site-preview/)
  })
})

describe('authenticating', () => {
  it('a valid key reads what a visitor reads, as its integrator', async () => {
    const { key } = await buildApiKey(payload, integratorId)
    const me = await json<{ user: { id: string; roles: string[] } | null }>(await api('/api/users/me', { apiKey: key }))
    expect(me.user?.id).toBe(integratorId)

    const articles = await json<{ docs: { title: string }[] }>(await api('/api/articles?depth=0&limit=100', { apiKey: key }))
    const titles = articles.docs.map((doc) => doc.title)
    expect(titles).toContain('Public article for keys')
    expect(titles).not.toContain(draftTitle)

    const viaGraphql = await graphql<{ Articles: { docs: { title: string }[] } }>('{ Articles(limit: 100) { docs { title } } }', { apiKey: key })
    expect(viaGraphql.body.data?.Articles.docs.map((doc) => doc.title)).not.toContain(draftTitle)
  })

  it('records when a key was last used', async () => {
    const { id, key } = await buildApiKey(payload, integratorId)
    await api('/api/articles?limit=1', { apiKey: key })
    const stored = await payload.findByID({ collection: 'api-keys', id })
    expect(stored.lastUsedAt).toBeTruthy()
  })

  it('a wrong key gets 401 with a reason, not an anonymous answer', async () => {
    const response = await api('/api/articles', { apiKey: `chq_${'A'.repeat(43)}` })
    expect(response.status).toBe(401)
    expect((await json<Errors>(response)).errors[0]?.message).toMatch(/not recognised/)
  })

  it('a revoked key gets 401, through REST, GraphQL and the change feed', async () => {
    const { id, key } = await buildApiKey(payload, integratorId)
    expect((await api('/api/articles', { apiKey: key })).status).toBe(200)
    const revoke = await api(`/api/api-keys/${id}`, { method: 'PATCH', token: adminToken, body: { revoked: true } })
    expect(revoke.status).toBe(200)
    expect((await json<{ doc: ApiKey }>(revoke)).doc.revokedAt).toBeTruthy()

    const rest = await api('/api/articles', { apiKey: key })
    expect(rest.status).toBe(401)
    expect((await json<Errors>(rest)).errors[0]?.message).toMatch(/revoked on \d{4}-/)
    const viaGraphql = await graphql('{ Articles { docs { title } } }', { apiKey: key })
    expect(viaGraphql.body.data?.Articles ?? null).toBeNull()
    expect(viaGraphql.body.errors?.[0]?.message).toMatch(/revoked/)
    expect(viaGraphql.body.errors?.[0]?.extensions?.statusCode).toBe(401)
    expect((await api('/api/changes', { apiKey: key })).status).toBe(401)

    // Revocation is one-way.
    await api(`/api/api-keys/${id}`, { method: 'PATCH', token: adminToken, body: { revoked: false } })
    expect((await api('/api/articles', { apiKey: key })).status).toBe(401)
  })

  it('an expired key gets 401', async () => {
    const { key } = await buildApiKey(payload, integratorId, { expiresAt: new Date(Date.now() - 60_000).toISOString() })
    const response = await api('/api/articles', { apiKey: key })
    expect(response.status).toBe(401)
    expect((await json<Errors>(response)).errors[0]?.message).toMatch(/expired on/)
    const live = await buildApiKey(payload, integratorId, { expiresAt: new Date(Date.now() + 3_600_000).toISOString() })
    expect((await api('/api/articles', { apiKey: live.key })).status).toBe(200)
  })

  it('a key acts as an integrator even when its owner gains other roles', async () => {
    const { user } = await buildUser(payload, ['integrator'])
    const { key } = await buildApiKey(payload, user.id)
    await payload.update({ collection: 'users', id: user.id, data: { roles: ['integrator', 'editor'] } })
    const articles = await json<{ docs: { title: string }[] }>(await api('/api/articles?limit=100&depth=0', { apiKey: key }))
    expect(articles.docs.map((doc) => doc.title)).not.toContain(draftTitle)
  })
})

describe('managing keys', () => {
  it('the admin’s issue form finds the integrator accounts (the query components/issue-api-key.tsx sends)', async () => {
    const query = 'where[roles][in]=integrator&depth=0&limit=100&sort=name&select[name]=true&select[email]=true'
    const body = await json<{ docs: { id: string }[] }>(await api(`/api/users?${query}`, { token: adminToken }))
    const ids = body.docs.map((doc) => doc.id)
    expect(ids).toEqual(expect.arrayContaining([integratorId, otherIntegratorId]))
    const admins = await payload.find({ collection: 'users', where: { roles: { in: ['admin'] } }, depth: 0 })
    for (const admin of admins.docs) expect(ids).not.toContain(admin.id)
  })

  it('an integrator lists and revokes its own keys, and no one else’s', async () => {
    const mine = await buildApiKey(payload, integratorId, { name: 'Mine' })
    const theirs = await buildApiKey(payload, otherIntegratorId, { name: 'Theirs' })

    const list = await json<{ docs: ApiKey[] }>(await api('/api/api-keys?limit=100', { apiKey: mine.key }))
    const owners = new Set(list.docs.map((doc) => (typeof doc.owner === 'object' ? doc.owner?.id : doc.owner)))
    expect([...owners]).toEqual([integratorId])
    expect(list.docs.map((doc) => doc.name)).not.toContain('Theirs')

    expect((await api(`/api/api-keys/${theirs.id}`, { method: 'PATCH', apiKey: mine.key, body: { revoked: true } })).status).toBe(403)
    expect((await api('/api/articles', { apiKey: theirs.key })).status).toBe(200)

    // Rotation without an admin: issue a new key for itself, then revoke the old one.
    const rotated = await issue('', { name: 'Rotated', owner: otherIntegratorId })
    expect(rotated.status).toBe(403)
    const own = await api('/api/api-keys', { method: 'POST', apiKey: mine.key, body: { name: 'Rotated', owner: otherIntegratorId } })
    expect(own.status).toBe(201)
    const created = (await json<{ doc: ApiKey }>(own)).doc
    expect(typeof created.owner === 'object' ? created.owner?.id : created.owner).toBe(integratorId)
    const revoke = await api(`/api/api-keys/${mine.id}`, { method: 'PATCH', apiKey: created.key ?? '', body: { revoked: true } })
    expect(revoke.status).toBe(200)
    expect((await api('/api/articles', { apiKey: mine.key })).status).toBe(401)
  })

  it('deleting an integrator account deletes its keys', async () => {
    const { user } = await buildUser(payload, ['integrator'])
    const { id, key } = await buildApiKey(payload, user.id)
    expect((await api(`/api/users/${user.id}`, { method: 'DELETE', token: adminToken })).status).toBe(200)
    const left = await payload.find({ collection: 'api-keys', where: { id: { equals: id } }, depth: 0 })
    expect(left.totalDocs).toBe(0)
    expect((await api('/api/articles', { apiKey: key })).status).toBe(401)
  })

  it('visitors and editors cannot see keys at all', async () => {
    const editor = await buildUser(payload, ['editor'])
    const editorToken = await login(editor.email, editor.password)
    expect((await api('/api/api-keys', { token: editorToken })).status).toBe(403)
    expect((await api('/api/api-keys')).status).toBe(403)
  })
})
