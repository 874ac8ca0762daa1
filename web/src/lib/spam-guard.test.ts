import { describe, expect, it, vi } from 'vitest'

vi.mock('server-only', () => ({}))

const { RateLimiter, honeypotFilled, clientKey } = await import('./spam-guard')

describe('spam guard', () => {
  it('limits attempts per client within the window', () => {
    const limiter = new RateLimiter(2, 1000)
    expect(limiter.take('a', 0)).toBe(true)
    expect(limiter.take('a', 10)).toBe(true)
    expect(limiter.take('a', 20)).toBe(false)
    expect(limiter.take('b', 20)).toBe(true)
    expect(limiter.take('a', 1011)).toBe(true)
  })

  it('spots a filled honeypot and reads the first forwarded address', () => {
    const form = new FormData()
    expect(honeypotFilled(form)).toBe(false)
    form.set('website', 'http://spam.example')
    expect(honeypotFilled(form)).toBe(true)
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.1' }))).toBe('203.0.113.9')
  })
})
