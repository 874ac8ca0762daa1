import { describe, expect, it } from 'vitest'

import { siteExemptionToken } from './site-exemption.js'

describe('siteExemptionToken', () => {
  const secret = 'a-revalidate-secret-of-at-least-32-characters'

  it('is stable for a secret, differs between secrets, and is not the secret', async () => {
    const token = await siteExemptionToken(secret)
    expect(token).toMatch(/^[0-9a-f]{64}$/)
    expect(await siteExemptionToken(secret)).toBe(token)
    expect(await siteExemptionToken(`${secret}-other`)).not.toBe(token)
    expect(token).not.toContain(secret)
  })
})
