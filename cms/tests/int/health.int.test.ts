import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, bootPayload, json } from './harness'

describe('GET /api/health', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload()
  })

  afterAll(async () => {
    await payload.destroy().catch(() => undefined)
  })

  it('answers 200 with a small JSON body when the database answers', async () => {
    const response = await api('/api/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = await json(response)
    expect(body).toMatchObject({ status: 'ok', service: 'cms', database: 'ok' })
    expect(typeof body.latencyMs).toBe('number')
  })

  it('answers 503 when the database is down', async () => {
    await payload.db.destroy?.()
    const response = await api('/api/health')
    expect(response.status).toBe(503)
    expect(await json(response)).toEqual({ status: 'error', service: 'cms', database: 'unreachable' })
  })
})
