import { timingSafeEqual } from 'node:crypto'

import { SITE_EXEMPTION_HEADER, siteExemptionToken } from '@chasqui/cms-client'
import { executeAuthStrategies, type Payload } from 'payload'

import { clientAddress, hasCredentials, isAuthEndpoint, isFileDownload } from './client-identity'
import { type FixedWindowLimiter, type RateLimitDecision } from './rate-limiter'
import { type ApiPolicySettings } from './settings'

type Bucket = { key: string; limit: number }

/**
 * The bucket a request counts against: login and password-reset endpoints per address
 * (strictest: they check secrets); requests with valid credentials per account, so
 * integrators behind one address do not share; other requests per address.
 */
async function bucketFor(request: Request, payload: Payload, settings: ApiPolicySettings): Promise<Bucket> {
  const { rateLimit } = settings
  const address = clientAddress(request.headers, settings.trustedProxies)
  if (isAuthEndpoint(new URL(request.url).pathname)) return { key: `auth:${address}`, limit: rateLimit.authEndpoints }
  if (hasCredentials(request.headers)) {
    const { user } = await executeAuthStrategies({ headers: request.headers, payload, canSetHeaders: false })
    if (user) return { key: `account:${user.collection ?? ''}:${user.id}`, limit: rateLimit.authenticated }
  }
  return { key: `address:${address}`, limit: rateLimit.anonymous }
}

const exemptionTokens = new Map<string, Promise<Buffer>>()

/** Whether the request carries the site's token (see cms-client's site-exemption.ts). */
async function isSiteRequest(request: Request, siteSecret: string | undefined): Promise<boolean> {
  const presented = request.headers.get(SITE_EXEMPTION_HEADER)
  if (!siteSecret || !presented) return false
  let expected = exemptionTokens.get(siteSecret)
  if (!expected) {
    expected = siteExemptionToken(siteSecret).then((token) => Buffer.from(token))
    exemptionTokens.set(siteSecret, expected)
  }
  const token = await expected
  const candidate = Buffer.from(presented)
  return candidate.length === token.length && timingSafeEqual(candidate, token)
}

/** The decision for this request, or undefined when no limit applies to it. */
export async function rateLimitFor(
  request: Request,
  payload: Payload,
  settings: ApiPolicySettings,
  limiter: FixedWindowLimiter,
): Promise<RateLimitDecision | undefined> {
  // Preflights cost nothing; health checks come from load balancers and orchestrators, often.
  const { pathname } = new URL(request.url)
  if (request.method === 'OPTIONS' || pathname === '/api/health' || isFileDownload(request.method, pathname)) return undefined
  if (await isSiteRequest(request, settings.siteSecret)) return undefined
  const bucket = await bucketFor(request, payload, settings)
  if (bucket.limit === 0) return undefined
  return limiter.hit(bucket.key, bucket.limit)
}

export function rateLimitHeaders(decision: RateLimitDecision, windowSeconds: number): Record<string, string> {
  return {
    'RateLimit-Limit': String(decision.limit),
    'RateLimit-Remaining': String(decision.remaining),
    'RateLimit-Reset': String(decision.resetSeconds),
    'RateLimit-Policy': `${decision.limit};w=${windowSeconds}`,
  }
}
