import { type CmsEnv } from '../env'

/** Everything the API policy needs to know, from the environment or (in tests) given directly. */
export type ApiPolicySettings = {
  /** Requests per window per client; 0 switches that limit off. */
  rateLimit: CmsEnv['rateLimit']
  trustedProxies: number
  maxBodyBytes: number
  allowedOrigins: readonly string[]
  /** The REVALIDATE_SECRET the site derives its exemption token from; unset: no exemption. */
  siteSecret: string | undefined
}

export function apiPolicySettings(env: CmsEnv): ApiPolicySettings {
  return {
    rateLimit: env.rateLimit,
    trustedProxies: env.trustedProxies,
    maxBodyBytes: env.maxBodyBytes,
    allowedOrigins: env.allowedOrigins,
    siteSecret: env.revalidateSecret,
  }
}
