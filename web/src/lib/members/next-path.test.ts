import { describe, expect, it } from 'vitest'

import { pathOnThisSite } from './next-path'

describe('pathOnThisSite', () => {
  it('keeps a path on this site, with its query', () => {
    expect(pathOnThisSite('/articles/briefing?x=1', '/account')).toBe('/articles/briefing?x=1')
    expect(pathOnThisSite('/es/account', '/account')).toBe('/es/account')
  })

  it('refuses whatever a browser would take to another site, and what is not a path', () => {
    for (const next of ['//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example', 'https://evil.example', 'evil.example', ''])
      expect(pathOnThisSite(next, '/account'), JSON.stringify(next)).toBe('/account')
  })

  it('agrees with the URL parser: what it keeps stays on this origin', () => {
    for (const next of ['/a', '/a//b', '/a\\b', '/%2F%2Fevil.example', '/..//evil.example'])
      expect(new URL(pathOnThisSite(next, '/account'), 'https://site.example').origin).toBe('https://site.example')
  })
})
