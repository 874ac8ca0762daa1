import { describe, expect, it } from 'vitest'

import { etagOf, matchesEtag } from './http-cache'

describe('etagOf / matchesEtag', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer

  it('gives equal bodies equal tags and different bodies different ones', () => {
    expect(etagOf(bytes('{"a":1}'))).toBe(etagOf(bytes('{"a":1}')))
    expect(etagOf(bytes('{"a":1}'))).not.toBe(etagOf(bytes('{"a":2}')))
  })

  it('matches lists, weak forms and *', () => {
    const etag = etagOf(bytes('x'))
    expect(matchesEtag(`"other", W/${etag}`, etag)).toBe(true)
    expect(matchesEtag('*', etag)).toBe(true)
    expect(matchesEtag('"other"', etag)).toBe(false)
    expect(matchesEtag(null, etag)).toBe(false)
  })
})
