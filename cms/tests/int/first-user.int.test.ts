import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { api, bootPayload, json } from './harness'

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
})

it('makes the first account (the admin first-user screen) an admin, whatever roles were asked for', async () => {
  const response = await api('/api/users/first-register', {
    method: 'POST',
    body: { name: 'Founder', email: 'founder@chasqui.test', password: 'a-long-password-1', roles: ['editor'] },
  })
  expect(response.status).toBe(200)
  const { user } = await json<{ user: { roles: string[] } }>(response)
  expect(user.roles).toEqual(['admin'])

  // The first-user route closes once an account exists.
  const second = await api('/api/users/first-register', {
    method: 'POST',
    body: { name: 'Second', email: 'second@chasqui.test', password: 'a-long-password-1', roles: ['admin'] },
  })
  expect(second.status).toBe(403)
})
