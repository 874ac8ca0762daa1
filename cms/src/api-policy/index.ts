import { getEnv } from '../env'
import { FixedWindowLimiter } from './rate-limiter'
import { apiPolicySettings } from './settings'
import { createApiPolicy } from './with-api-policy'

export { MAX_DEPTH, MAX_PAGE_SIZE } from './query-limits'
export { headFromGet } from './head-from-get'
export { apiPolicySettings, type ApiPolicySettings } from './settings'
export { createApiPolicy, type RouteHandler } from './with-api-policy'

type Global = typeof globalThis & { __chasquiRateLimiter?: FixedWindowLimiter }

/**
 * One limiter per process, shared by the REST and GraphQL routes (Next bundles each
 * route separately, so module state alone would give each its own count).
 */
function sharedLimiter(windowSeconds: number): FixedWindowLimiter {
  const global = globalThis as Global
  global.__chasquiRateLimiter ??= new FixedWindowLimiter(windowSeconds * 1000)
  return global.__chasquiRateLimiter
}

/** The production policy, configured from the environment. */
export function apiPolicyFromEnv(config: Parameters<typeof createApiPolicy>[0]) {
  const settings = apiPolicySettings(getEnv())
  return createApiPolicy(config, settings, sharedLimiter(settings.rateLimit.windowSeconds))
}
