import { z } from 'zod'

import { ConfigError } from './lib/config-error'

/**
 * The cms's whole configuration surface. `process.env` is read here and nowhere else;
 * everything else imports `getEnv()`. A missing or malformed variable throws a
 * ConfigError naming it, which entry points print as one line.
 */

/** Used only outside production so `pnpm dev` and the tests need no setup. */
export const DEVELOPMENT_SECRET = 'chasqui-development-secret-do-not-use-in-production'

const PLACEHOLDER_SECRET =
  /change[-_ ]?me|replace[-_ ]?me|placeholder|example|your[-_ ]?secret|^secret$|^x+$|chasqui-development-secret/i
const MIN_SECRET_LENGTH = 32

export const DATABASE_URI_FORMS =
  'unset (SQLite in cms/data/), file:<path> (SQLite), mongodb://… or mongodb+srv://… (MongoDB)'

const port = (fallback: number) => z.coerce.number().int().min(1).max(65535).default(fallback)

const httpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://localhost:3000' })
  .transform((value) => value.replace(/\/+$/, ''))

/** A blank value (`NAME=` in .env) means the default, not 0: 0 switches a limit off. */
const count = (fallback: number) =>
  z.preprocess(
    (value) => (value === '' ? undefined : value),
    z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must be 0 or more' }).default(fallback),
  )

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional())

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  NEXT_PHASE: z.string().optional(),
  PAYLOAD_SECRET: optional(z.string()),
  DATABASE_URI: optional(
    z
      .string()
      .trim()
      .refine((value) => /^(file:|mongodb:\/\/|mongodb\+srv:\/\/)/.test(value), {
        message: `must be ${DATABASE_URI_FORMS}`,
      }),
  ),
  CMS_PORT: port(3000),
  WEB_PORT: port(3001),
  CMS_URL: optional(httpUrl),
  WEB_URL: optional(httpUrl),
  /** Where the cms reaches the site's server for change events, when not at WEB_URL (docker-compose). */
  WEB_INTERNAL_URL: optional(httpUrl),
  CORS_ORIGINS: optional(z.string()),
  UPLOADS_DIR: optional(z.string()),
  SEED_ADMIN_EMAIL: optional(z.email({ error: 'must be an email address' })),
  SEED_ADMIN_PASSWORD: optional(z.string().min(12, { error: 'must be at least 12 characters' })),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json']).default('pretty'),
  REVALIDATE_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  PREVIEW_SECRET: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  PREVIEW_API_KEY: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  JOBS_AUTORUN: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  JOBS_CRON: z.string().trim().default('*/10 * * * * *'),
  /** `false`, `true` (one proxy) or the number of proxies in front whose X-Forwarded-For is trusted. */
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^(true|false|\d+)$/, { error: 'must be true, false or the number of trusted proxies' })
    .default('false'),
  RATE_LIMIT_WINDOW_SECONDS: count(60),
  RATE_LIMIT_ANONYMOUS: count(300),
  RATE_LIMIT_AUTHENTICATED: count(1200),
  RATE_LIMIT_AUTH_ENDPOINTS: count(10),
  API_MAX_BODY_BYTES: count(1024 * 1024),
  GRAPHQL_MAX_DEPTH: count(10),
  GRAPHQL_MAX_COMPLEXITY: count(1000),
  /** Shared with the site: the key its server sends for the writes it makes (the join form). */
  MEMBERS_SERVICE_KEY: optional(z.string().min(32, { error: 'must be at least 32 characters' })),
  /** Outgoing mail. Unset SMTP_HOST: emails are printed to the log instead of sent. */
  SMTP_HOST: optional(z.string().trim()),
  SMTP_PORT: port(587),
  SMTP_SECURE: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  EMAIL_FROM: z.email({ error: 'must be an email address' }).default('membership@chasqui.invalid'),
  EMAIL_FROM_NAME: z.string().trim().default('Chasqui'),
})

export type CmsEnv = {
  nodeEnv: 'development' | 'production' | 'test'
  isProduction: boolean
  payloadSecret: string
  databaseUri: string | undefined
  cmsUrl: string
  webUrl: string
  webInternalUrl: string
  /** Origins allowed to call the API from a browser and to send the admin cookie. */
  allowedOrigins: string[]
  uploadsDir: string | undefined
  logLevel: z.infer<typeof schema>['LOG_LEVEL']
  /** `json` for log collectors (docker-compose sets it); `pretty` for people. */
  logFormat: 'pretty' | 'json'
  /** Signs the events that tell the site to refresh; unset: the site is not told. */
  revalidateSecret: string | undefined
  /** Signs the short-lived preview links the admin hands to the site. */
  previewSecret: string | undefined
  /** The API key of the read-only account the site uses to show drafts in preview. */
  previewApiKey: string | undefined
  /** Run the jobs queue (scheduled publishing) inside the cms process; false at scale, see docs. */
  jobsAutorun: boolean
  /** How often the in-process queue runs (cron with seconds). */
  jobsCron: string
  /** How many proxies in front of the cms append to X-Forwarded-For (0: it is ignored). */
  trustedProxies: number
  /** Requests per window per client; 0 switches that limit off. */
  rateLimit: { windowSeconds: number; anonymous: number; authenticated: number; authEndpoints: number }
  /** The largest JSON/form body the API reads (uploads have their own, larger cap). */
  maxBodyBytes: number
  graphQL: { maxDepth: number; maxComplexity: number }
  /** The key the site's server presents to create members (join form); unset: joining is closed. */
  membersServiceKey: string | undefined
  /** SMTP server for outgoing mail; undefined: emails go to the log (demo, development). */
  smtp: { host: string; port: number; secure: boolean; user: string | undefined; password: string | undefined } | undefined
  email: { from: string; fromName: string }
  /** The first admin the seed creates when no admin exists (npm start generates these). */
  seedAdmin: { email: string; password: string } | undefined
}

type Source = Record<string, string | undefined>

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const name = issue.path.join('.')
      if (name === 'DATABASE_URI') {
        // Never echo a connection string: it may hold credentials.
        return `DATABASE_URI ${issue.message}`
      }
      return `${name} ${issue.message}`
    })
    .join('; ')
}

export function parseEnv(source: Source): CmsEnv {
  const result = schema.safeParse(source)
  if (!result.success) {
    throw new ConfigError(`Invalid cms environment: ${describeIssues(result.error)}`)
  }
  const raw = result.data
  // `next build` evaluates the config to collect routes; the secret is a runtime concern.
  const building = raw.NEXT_PHASE === 'phase-production-build'
  const isProduction = raw.NODE_ENV === 'production'

  let payloadSecret = raw.PAYLOAD_SECRET
  if (isProduction && !building) {
    if (!payloadSecret) {
      throw new ConfigError(
        'PAYLOAD_SECRET is missing. Set it to a long random string (npm start writes one to .env on first run).',
      )
    }
    if (PLACEHOLDER_SECRET.test(payloadSecret) || payloadSecret.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        `PAYLOAD_SECRET looks like a placeholder; production needs a random value of at least ${MIN_SECRET_LENGTH} characters (e.g. \`openssl rand -hex 32\`).`,
      )
    }
  }
  payloadSecret ??= DEVELOPMENT_SECRET

  const cmsUrl = raw.CMS_URL ?? `http://localhost:${raw.CMS_PORT}`
  const webUrl = raw.WEB_URL ?? `http://localhost:${raw.WEB_PORT}`
  const extraOrigins = (raw.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean)
  for (const origin of extraOrigins) {
    if (!httpUrl.safeParse(origin).success) {
      throw new ConfigError(`CORS_ORIGINS must be a comma-separated list of http(s) origins; "${origin}" is not one.`)
    }
  }

  return {
    nodeEnv: raw.NODE_ENV,
    isProduction,
    payloadSecret,
    databaseUri: raw.DATABASE_URI,
    cmsUrl,
    webUrl,
    webInternalUrl: raw.WEB_INTERNAL_URL ?? webUrl,
    allowedOrigins: [...new Set([cmsUrl, webUrl, ...extraOrigins])],
    uploadsDir: raw.UPLOADS_DIR,
    logLevel: raw.LOG_LEVEL,
    logFormat: raw.LOG_FORMAT,
    revalidateSecret: raw.REVALIDATE_SECRET,
    previewSecret: raw.PREVIEW_SECRET,
    previewApiKey: raw.PREVIEW_API_KEY,
    jobsAutorun: raw.JOBS_AUTORUN === 'true',
    jobsCron: raw.JOBS_CRON,
    trustedProxies: raw.TRUST_PROXY === 'true' ? 1 : raw.TRUST_PROXY === 'false' ? 0 : Number(raw.TRUST_PROXY),
    rateLimit: {
      windowSeconds: raw.RATE_LIMIT_WINDOW_SECONDS,
      anonymous: raw.RATE_LIMIT_ANONYMOUS,
      authenticated: raw.RATE_LIMIT_AUTHENTICATED,
      authEndpoints: raw.RATE_LIMIT_AUTH_ENDPOINTS,
    },
    maxBodyBytes: raw.API_MAX_BODY_BYTES,
    graphQL: { maxDepth: raw.GRAPHQL_MAX_DEPTH, maxComplexity: raw.GRAPHQL_MAX_COMPLEXITY },
    membersServiceKey: raw.MEMBERS_SERVICE_KEY,
    smtp: raw.SMTP_HOST
      ? { host: raw.SMTP_HOST, port: raw.SMTP_PORT, secure: raw.SMTP_SECURE === 'true', user: raw.SMTP_USER, password: raw.SMTP_PASSWORD }
      : undefined,
    email: { from: raw.EMAIL_FROM, fromName: raw.EMAIL_FROM_NAME },
    seedAdmin:
      raw.SEED_ADMIN_EMAIL && raw.SEED_ADMIN_PASSWORD
        ? { email: raw.SEED_ADMIN_EMAIL, password: raw.SEED_ADMIN_PASSWORD }
        : undefined,
  }
}

let cached: CmsEnv | undefined

export function getEnv(): CmsEnv {
  cached ??= parseEnv(process.env)
  return cached
}
