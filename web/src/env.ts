import { z } from 'zod'

/**
 * The site's whole configuration surface; `process.env` is read here only. A missing or
 * malformed variable throws an Error naming it.
 */
const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:3000' })
  .transform((value) => value.replace(/\/+$/, ''))

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CMS_PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_PORT: z.coerce.number().int().min(1).max(65535).default(3001),
  /** Where the site's server reaches the CMS API (may be an internal address). */
  CMS_URL: optional(httpUrl),
  /** The CMS address browsers see (media, admin links); defaults to CMS_URL. */
  CMS_PUBLIC_URL: optional(httpUrl),
  /** The site's own public address, for canonical URLs and feeds. */
  WEB_URL: optional(httpUrl),
  /** Shared with the cms: verifies its revalidation events. Unset: the endpoint refuses all. */
  REVALIDATE_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /** Shared with the cms: verifies preview links. Unset: preview is off. */
  PREVIEW_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /** The read-only key the site uses to fetch drafts while previewing. */
  PREVIEW_API_KEY: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /** Shared with the cms: the key for the writes the site makes for visitors (joining). Unset: the join form is closed. */
  MEMBERS_SERVICE_KEY: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
})

export type WebEnv = {
  nodeEnv: 'development' | 'production' | 'test'
  cmsUrl: string
  cmsPublicUrl: string
  webUrl: string
  revalidateSecret: string | undefined
  previewSecret: string | undefined
  previewApiKey: string | undefined
  membersServiceKey: string | undefined
  /** The member session cookie is `Secure` in production (browsers treat http://localhost as secure too). */
  secureCookies: boolean
}

export function parseEnv(source: Record<string, string | undefined>): WebEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')
    throw new Error(`Invalid web environment: ${problems}`)
  }
  const raw = result.data
  const cmsUrl = raw.CMS_URL ?? `http://localhost:${raw.CMS_PORT}`
  return {
    nodeEnv: raw.NODE_ENV,
    cmsUrl,
    cmsPublicUrl: raw.CMS_PUBLIC_URL ?? cmsUrl,
    webUrl: raw.WEB_URL ?? `http://localhost:${raw.WEB_PORT}`,
    revalidateSecret: raw.REVALIDATE_SECRET,
    previewSecret: raw.PREVIEW_SECRET,
    previewApiKey: raw.PREVIEW_API_KEY,
    membersServiceKey: raw.MEMBERS_SERVICE_KEY,
    secureCookies: raw.NODE_ENV === 'production',
  }
}

let cached: WebEnv | undefined

export function getEnv(): WebEnv {
  cached ??= parseEnv(process.env)
  return cached
}
