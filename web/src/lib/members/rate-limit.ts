import 'server-only'

import { headers } from 'next/headers'

import { clientKey, RateLimiter } from '../spam-guard'

/**
 * Per-client limits on the forms that create accounts, check passwords or send email
 * (join, log in, forgot password): the cms exempts the site's server from its own rate
 * limits, so the site applies them. Without a proxy setting X-Forwarded-For every
 * visitor shares one bucket per form, which is why the limits are generous.
 */
const WINDOW_MS = 10 * 60 * 1000
const LIMITERS = { join: new RateLimiter(20, WINDOW_MS), login: new RateLimiter(30, WINDOW_MS), forgot: new RateLimiter(10, WINDOW_MS) }

export async function allowRequest(form: keyof typeof LIMITERS, now = Date.now()): Promise<boolean> {
  return LIMITERS[form].take(clientKey(await headers()), now)
}
