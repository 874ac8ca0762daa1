import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, bootPayload, buildApiKey, buildUser, graphql, json, login } from './harness'

/**
 * Staff accounts: only admins manage users; roles cannot be self-assigned; integrators
 * read with an API key and never reach the admin.
 */
describe('users', () => {
  let payload: Payload
  let adminToken: string
  let editorToken: string
  let editorId: string

  beforeAll(async () => {
    payload = await bootPayload()
    const admin = await buildUser(payload, ['admin'])
    adminToken = await login(admin.email, admin.password)
    const editor = await buildUser(payload, ['editor'])
    editorId = String(editor.user.id)
    editorToken = await login(editor.email, editor.password)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('lets an admin create a staff account', async () => {
    const response = await api('/api/users', {
      method: 'POST',
      token: adminToken,
      body: { name: 'New Editor', email: 'new-editor@chasqui.test', password: 'a-long-password-1', roles: ['editor'] },
    })
    expect(response.status).toBe(201)
  })

  it('refuses account creation to anyone but an admin', async () => {
    const body = { name: 'X', email: 'x@chasqui.test', password: 'a-long-password-1', roles: ['admin'] }
    expect((await api('/api/users', { method: 'POST', token: editorToken, body })).status).toBe(403)
    expect((await api('/api/users', { method: 'POST', body })).status).toBe(403)
  })

  it('shows a non-admin only their own account, over REST and GraphQL', async () => {
    const list = await json<{ docs: { id: string }[] }>(await api('/api/users', { token: editorToken }))
    expect(list.docs.map((doc) => doc.id)).toEqual([editorId])

    const { body } = await graphql<{ Users: { docs: { id: string; email: string }[] } }>(
      '{ Users(limit: 50) { docs { id email } } }',
      { token: editorToken },
    )
    expect(body.data?.Users.docs.map((doc) => doc.id)).toEqual([editorId])
  })

  it('shows nothing of staff accounts to anonymous requests', async () => {
    const response = await api('/api/users')
    expect(response.status).toBe(403)
    const { body } = await graphql('{ Users { docs { email } } }')
    expect(body.data?.Users ?? null).toBeNull()
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  it('does not let a user give themselves a role', async () => {
    const response = await api(`/api/users/${editorId}`, {
      method: 'PATCH',
      token: editorToken,
      body: { roles: ['admin'] },
    })
    // Field access silently drops the roles change; the account stays an editor.
    expect(response.status).toBe(200)
    const me = await payload.findByID({ collection: 'users', id: editorId })
    expect(me.roles).toEqual(['editor'])
  })

  describe('integrators', () => {
    let apiKey: string
    let integratorEmail: string
    let integratorPassword: string

    beforeAll(async () => {
      const integrator = await buildUser(payload, ['integrator'])
      apiKey = (await buildApiKey(payload, integrator.user.id)).key
      integratorEmail = integrator.email
      integratorPassword = integrator.password
    })

    it('cannot log in with a password (API keys only)', async () => {
      const response = await api('/api/users/login', {
        method: 'POST',
        body: { email: integratorEmail, password: integratorPassword },
      })
      expect(response.status).toBe(403)
      const body = await json<{ errors: { message: string }[] }>(response)
      expect(body.errors[0]?.message).toMatch(/API key/)
    })

    it('authenticates with an API key but may not open the admin', async () => {
      const me = await json<{ user: { email: string } | null }>(await api('/api/users/me', { apiKey }))
      expect(me.user?.email).toBe(integratorEmail)
      // Payload's permissions omit `false` entries: absent means no admin.
      const access = await json<{ canAccessAdmin?: boolean }>(await api('/api/access', { apiKey }))
      expect(access.canAccessAdmin ?? false).toBe(false)
      const editorAccess = await json<{ canAccessAdmin?: boolean }>(await api('/api/access', { token: editorToken }))
      expect(editorAccess.canAccessAdmin).toBe(true)
    })

    it('is refused with a wrong key', async () => {
      const response = await api('/api/users/me', { apiKey: 'not-a-real-key' })
      const body = await json<{ user: unknown }>(response)
      expect(body.user).toBeNull()
    })
  })
})
