import { SITE_EXEMPTION_HEADER } from '@chasqui/cms-client'
import { describe, expect, it } from 'vitest'

import { siteRequestInit } from './site-headers'

describe('siteRequestInit', () => {
  it('asks the cms for uncompressed answers, whatever the caller asked for', () => {
    const init = siteRequestInit({ headers: { 'Accept-Encoding': 'gzip, br' } }, undefined)
    expect(new Headers(init.headers).get('Accept-Encoding')).toBe('identity')
  })

  it("adds the site's exemption token when there is one, and only then", () => {
    expect(new Headers(siteRequestInit(undefined, 'token-1').headers).get(SITE_EXEMPTION_HEADER)).toBe('token-1')
    expect(new Headers(siteRequestInit(undefined, undefined).headers).has(SITE_EXEMPTION_HEADER)).toBe(false)
  })

  it("keeps the caller's other headers and options", () => {
    const signal = AbortSignal.timeout(1_000)
    const init = siteRequestInit({ method: 'POST', signal, headers: { Authorization: 'JWT abc', 'Content-Type': 'application/json' } }, 'token-1')
    const headers = new Headers(init.headers)
    expect(init.method).toBe('POST')
    expect(init.signal).toBe(signal)
    expect(headers.get('Authorization')).toBe('JWT abc')
    expect(headers.get('Content-Type')).toBe('application/json')
  })
})
