import { describe, expect, it } from 'vitest'

import { apiKeyFromHeader, hashApiKey, issueApiKey, refusalFor } from './api-keys'

describe('api keys', () => {
  it('issues distinct keys whose hash and prefix derive from the key', () => {
    const a = issueApiKey()
    const b = issueApiKey()
    expect(a.key).not.toBe(b.key)
    expect(a.key).toMatch(/^chq_[A-Za-z0-9_-]{43}$/)
    expect(a.prefix).toBe(a.key.slice(0, 12))
    expect(a.hash).toBe(hashApiKey(a.key))
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('reads only chq_ bearer tokens from the Authorization header', () => {
    expect(apiKeyFromHeader('API-Key chq_abc')).toBe('chq_abc')
    expect(apiKeyFromHeader('api-key  chq_abc ')).toBe('chq_abc')
    expect(apiKeyFromHeader('API-Key not-ours')).toBeNull()
    expect(apiKeyFromHeader('Bearer chq_abc')).toBeNull()
    expect(apiKeyFromHeader('JWT chq_abc')).toBeNull()
    expect(apiKeyFromHeader('users API-Key chq_abc')).toBeNull()
    expect(apiKeyFromHeader(null)).toBeNull()
  })

  it('refuses revoked and expired keys, accepts live ones', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(refusalFor({}, now)).toBeNull()
    expect(refusalFor({ expiresAt: '2026-07-01T00:00:00.000Z' }, now)).toBeNull()
    expect(refusalFor({ expiresAt: '2026-05-01T00:00:00.000Z' }, now)).toMatch(/expired on 2026-05-01/)
    expect(refusalFor({ revoked: true, revokedAt: '2026-05-02T00:00:00.000Z' }, now)).toMatch(/revoked on 2026-05-02/)
  })
})
