/**
 * Fixed-window request counting, in this process's memory: each key may make `limit`
 * requests per window. Several cms processes each count separately (see docs/api.md
 * for limiting at the proxy instead).
 */
export type RateLimitDecision = {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetSeconds: number
}

type Window = { startedAt: number; count: number }

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>()
  private lastSweep = 0

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string, limit: number): RateLimitDecision {
    const now = this.now()
    this.sweep(now)
    let window = this.windows.get(key)
    if (!window || now - window.startedAt >= this.windowMs) {
      window = { startedAt: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count += 1
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + this.windowMs - now) / 1000))
    return { allowed: window.count <= limit, limit, remaining: Math.max(0, limit - window.count), resetSeconds }
  }

  /** Forgets finished windows once per window, so memory follows the active clients only. */
  private sweep(now: number) {
    if (now - this.lastSweep < this.windowMs) return
    this.lastSweep = now
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.windowMs) this.windows.delete(key)
    }
  }
}
