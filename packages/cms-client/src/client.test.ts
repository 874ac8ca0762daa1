import { describe, expect, it } from 'vitest'

import { authorization, createCmsClient } from './client.js'

describe('authorization', () => {
  it('sends integrator keys as API-Key and the preview key as Payload’s users key', () => {
    expect(authorization('chq_abc')).toBe('API-Key chq_abc')
    expect(authorization('preview-secret-key')).toBe('users API-Key preview-secret-key')
  })
})

describe('changesSince', () => {
  it('asks /api/changes with the cursor, or the date, and a capped limit', async () => {
    const urls: string[] = []
    const fetch: typeof globalThis.fetch = async (input) => {
      urls.push(String(input))
      return Response.json({ changes: [], nextCursor: 'c', hasMore: false })
    }
    const client = createCmsClient({ baseUrl: 'https://cms.test/', fetch })
    await client.changesSince({ since: new Date('2026-01-01T00:00:00Z'), limit: 500 })
    await client.changesSince({ after: 'abc', since: '2026-01-01T00:00:00Z' })
    expect(urls).toEqual(['https://cms.test/api/changes?since=2026-01-01T00%3A00%3A00.000Z&limit=100', 'https://cms.test/api/changes?after=abc'])
  })
})
