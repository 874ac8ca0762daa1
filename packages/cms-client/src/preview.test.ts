import { describe, expect, it } from 'vitest'

import { signPreview, verifyPreview } from './preview.js'

const secret = 'preview-secret-of-decent-length-0000000'

describe('preview links', () => {
  it('verify for their path until they expire', async () => {
    const link = await signPreview('/articles/draft', secret, 60, 1_000)
    const query = { path: link.path, expires: String(link.expires), signature: link.signature }
    expect(await verifyPreview(query, secret, 1_030)).toEqual({ ok: true, path: '/articles/draft' })
    expect(await verifyPreview(query, secret, 1_061)).toMatchObject({ ok: false, reason: 'preview link expired' })
    expect(await verifyPreview({ ...query, path: '/articles/other' }, secret, 1_030)).toMatchObject({ ok: false })
  })

  it('never send the browser off the site', async () => {
    const link = await signPreview('//evil.example/x', secret, 60, 1_000)
    expect(
      await verifyPreview({ path: link.path, expires: String(link.expires), signature: link.signature }, secret, 1_000),
    ).toMatchObject({ ok: false, reason: 'not a site path' })
  })
})
