import { describe, expect, it } from 'vitest'

import { FixedWindowLimiter } from './rate-limiter'

describe('FixedWindowLimiter', () => {
  it('allows `limit` hits per window and says when the window resets', () => {
    let now = 0
    const limiter = new FixedWindowLimiter(60_000, () => now)
    expect(limiter.hit('a', 2)).toEqual({ allowed: true, limit: 2, remaining: 1, resetSeconds: 60 })
    expect(limiter.hit('a', 2).allowed).toBe(true)
    now = 45_000
    expect(limiter.hit('a', 2)).toEqual({ allowed: false, limit: 2, remaining: 0, resetSeconds: 15 })
    now = 60_000
    expect(limiter.hit('a', 2)).toMatchObject({ allowed: true, remaining: 1 })
  })

  it('counts each key separately', () => {
    const limiter = new FixedWindowLimiter(1000, () => 0)
    expect(limiter.hit('a', 1).allowed).toBe(true)
    expect(limiter.hit('a', 1).allowed).toBe(false)
    expect(limiter.hit('b', 1).allowed).toBe(true)
  })
})
