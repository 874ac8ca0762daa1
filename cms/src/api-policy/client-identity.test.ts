import { describe, expect, it } from 'vitest'

import { clientAddress, hasCredentials, isAuthEndpoint, isFileDownload, UNTRUSTED_CLIENT } from './client-identity'

const withForwarded = (value: string) => new Headers({ 'x-forwarded-for': value })

describe('clientAddress', () => {
  it('ignores X-Forwarded-For unless proxies are trusted', () => {
    expect(clientAddress(withForwarded('203.0.113.9'), 0)).toBe(UNTRUSTED_CLIENT)
  })

  it('takes the address the trusted proxy appended, not what the client claimed', () => {
    expect(clientAddress(withForwarded('1.1.1.1, 203.0.113.9'), 1)).toBe('203.0.113.9')
    expect(clientAddress(withForwarded('1.1.1.1, 203.0.113.9, 10.0.0.2'), 2)).toBe('203.0.113.9')
  })

  it('falls back to the leftmost entry when the chain is shorter than configured', () => {
    expect(clientAddress(withForwarded('203.0.113.9'), 2)).toBe('203.0.113.9')
    expect(clientAddress(new Headers(), 1)).toBe(UNTRUSTED_CLIENT)
  })
})

describe('hasCredentials', () => {
  it('sees API keys, JWTs and the admin session cookie', () => {
    expect(hasCredentials(new Headers({ authorization: 'users API-Key abc' }))).toBe(true)
    expect(hasCredentials(new Headers({ cookie: 'theme=dark; payload-token=xyz' }))).toBe(true)
    expect(hasCredentials(new Headers({ cookie: 'theme=dark' }))).toBe(false)
  })
})

describe('isAuthEndpoint', () => {
  it.each(['/api/users/login', '/api/members/login', '/api/users/forgot-password', '/api/members/reset-password'])('%s is one', (path) =>
    expect(isAuthEndpoint(path)).toBe(true),
  )
  it.each(['/api/articles', '/api/users/me', '/api/articles/login/x'])('%s is not', (path) => expect(isAuthEndpoint(path)).toBe(false))
})

describe('isFileDownload', () => {
  it('is a GET of an uploaded file', () => {
    expect(isFileDownload('GET', '/api/media/file/photo-800x600.jpg')).toBe(true)
    expect(isFileDownload('GET', '/api/media/abc')).toBe(false)
    expect(isFileDownload('DELETE', '/api/media/file/photo.jpg')).toBe(false)
  })
})
