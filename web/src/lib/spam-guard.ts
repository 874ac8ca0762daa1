import 'server-only'

import { HONEYPOT_FIELD } from './honeypot'

/**
 * Spam protection for the site's public forms: a honeypot field people never see (bots
 * fill it in) and a per-client rate limit. The limit is kept in this process's memory:
 * enough for one web instance; several instances each keep their own count.
 */


export function honeypotFilled(form: FormData): boolean {
  const value = form.get(HONEYPOT_FIELD)
  return typeof value === 'string' && value.trim() !== ''
}

/** The client's address as the proxy in front of the site reports it (first hop), or a shared bucket. */
export function clientKey(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown'
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; false when the client has used up its attempts in the window. */
  take(key: string, now = Date.now()): boolean {
    const recent = (this.hits.get(key) ?? []).filter((time) => now - time < this.windowMs)
    if (recent.length >= this.limit) {
      this.hits.set(key, recent)
      return false
    }
    recent.push(now)
    this.hits.set(key, recent)
    if (this.hits.size > 10_000) this.hits.delete(this.hits.keys().next().value as string)
    return true
  }
}
