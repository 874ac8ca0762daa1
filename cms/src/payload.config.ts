import path from 'node:path'

import { DEFAULT_LOCALE, LOCALES, SYNCED_COLLECTIONS } from '@chasqui/cms-types'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import { build as prettyLogs } from 'pino-pretty'
import sharp from 'sharp'

import { hasRole } from './access'
import { restrictInternalCollections } from './access/internal-collections'
import { ApiKeys } from './collections/api-keys'
import { Articles } from './collections/articles'
import { Bulletins } from './collections/bulletins'
import { Companies } from './collections/companies'
import { Conflicts } from './collections/conflicts'
import { Corrections } from './collections/corrections'
import { CaseStudies } from './collections/case-studies'
import { Documents } from './collections/documents'
import { Evidence } from './collections/evidence'
import { Media } from './collections/media'
import { Members } from './collections/members'
import { MembershipPayments } from './collections/membership-payments'
import { MinewatchReleases } from './collections/minewatch-releases'
import { Pages } from './collections/pages'
import { Projects } from './collections/projects'
import { Reports } from './collections/reports'
import { Tombstones } from './collections/tombstones'
import { recordTombstones } from './collections/tombstones/hooks/record-tombstones'
import { Topics } from './collections/topics'
import { Translations } from './collections/translations'
import { Users } from './collections/users'
import { chooseDatabase, databaseAdapter } from './db'
import { emailAdapter } from './email'
import { changes } from './endpoints/changes'
import { health } from './endpoints/health'
import { minewatchExport, minewatchImport, minewatchSnapshot } from './endpoints/minewatch'
import { getEnv } from './env'
import { editor } from './fields/rich-text'
import { Home } from './globals/home'
import { Membership } from './globals/membership'
import { graphQLLimits } from './graphql/limits'
import { renewalReminders } from './jobs/renewal-reminders'
import { missingReferenceAsBadRequest } from './hooks/missing-reference-as-bad-request'
import { Navigation } from './globals/navigation'
import { refuseBadApiKeys } from './hooks/refuse-bad-api-key'
import { SiteSettings } from './globals/site-settings'
import { MB } from './lib/uploads'
import { queryGuard } from './plugins/query-guard'
import { redirects } from './plugins/redirects'
import { search } from './plugins/search'
import { seo } from './plugins/seo'
import { ADMIN_DATE_FORMAT } from './fields/dates'
import { refusingInvalidDates } from './hooks/refuse-invalid-dates'

// Every cms process (next, scripts, tests) runs with the cms folder as its working
// directory; paths derive from it rather than from import.meta.url, which points into
// .next/ or a script bundle once the config is compiled.
const cmsRoot = process.cwd()
const env = getEnv()
const database = chooseDatabase(env, cmsRoot)

const synced = new Set<string>(SYNCED_COLLECTIONS)

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(cmsRoot, 'src') },
    meta: { titleSuffix: ' — Chasqui' },
    dateFormat: ADMIN_DATE_FORMAT,
    components: { beforeDashboard: ['/components/needs-attention#NeedsAttention'] },
  },
  collections: [
    Articles,
    Bulletins,
    Reports,
    CaseStudies,
    Translations,
    Pages,
    Topics,
    Media,
    Documents,
    Evidence,
    Companies,
    Projects,
    Conflicts,
    MinewatchReleases,
    Corrections,
    Members,
    MembershipPayments,
    Users,
    ApiKeys,
    Tombstones,
  ]
    .map((collection) => (synced.has(collection.slug) ? recordTombstones(collection) : collection))
    .map((collection) => ({ ...collection, fields: refusingInvalidDates(collection.fields) })),
  globals: [Home, Navigation, SiteSettings, Membership].map((global) => ({ ...global, fields: refusingInvalidDates(global.fields) })),
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  db: databaseAdapter(database, cmsRoot),
  editor,
  email: emailAdapter(env),
  endpoints: [health, changes, minewatchImport, minewatchExport, minewatchSnapshot],
  hooks: { afterError: [missingReferenceAsBadRequest] },
  graphQL: {
    ...graphQLLimits(env.graphQL),
    // Published for integrators, since production answers no introspection; `pnpm generate` writes it.
    schemaOutputFile: path.resolve(cmsRoot, '../packages/cms-client/schema.graphql'),
  },
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
  localization: {
    locales: LOCALES.map((code) => ({ code, label: code === 'en' ? 'English' : 'Español' })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  jobs: {
    // Scheduled publishing runs in the cms process by default; set JOBS_AUTORUN=false and
    // run `pnpm --filter cms jobs` as a separate worker when running several cms instances.
    autoRun: [{ cron: env.jobsCron, queue: 'default', limit: 20 }],
    shouldAutoRun: () => env.jobsAutorun,
    tasks: [renewalReminders],
    access: {
      run: ({ req }) => hasRole(req.user, 'admin'),
      queue: ({ req }) => hasRole(req.user, 'admin', 'editor', 'translator'),
      cancel: ({ req }) => hasRole(req.user, 'admin', 'editor'),
    },
  },
  // Client mistakes (a wrong password, a refused request) are routine, not errors.
  loggingLevels: {
    AuthenticationError: 'info',
    Forbidden: 'info',
    LockedAuth: 'warn',
    NotFound: 'info',
    QueryError: 'info',
    UnverifiedEmail: 'info',
    ValidationError: 'info',
    // Ours (hooks/refuse-bad-api-key.ts); Payload's type lists only its own error names.
    ...({ ApiKeyRefusedError: 'info' } as Record<string, 'info'>),
  },
  logger: {
    options: { level: env.logLevel },
    ...(env.logFormat === 'pretty' && {
      destination: prettyLogs({ colorize: false, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
    }),
  },
  onInit: (payload) => {
    if (database.kind === 'sqlite' && database.warning) payload.logger.warn(database.warning)
    if (env.isProduction && env.trustedProxies === 0 && env.rateLimit.anonymous > 0) {
      payload.logger.warn(
        'TRUST_PROXY is off: all anonymous API clients share one rate-limit bucket. Behind a reverse proxy, set TRUST_PROXY (docs/api.md).',
      )
    }
  },
  // queryGuard last: it guards the collections the other plugins add too.
  plugins: [search, seo, redirects, queryGuard],
  secret: env.payloadSecret,
  serverURL: env.cmsUrl,
  sharp,
  telemetry: false,
  typescript: {
    // Types live in packages/cms-types so web and integrators share them without payload.
    outputFile: path.resolve(cmsRoot, '../packages/cms-types/src/payload-types.ts'),
    declare: false,
  },
  // A hard stop above the largest upload allowed (documents, 50 MB; the collections'
  // own checks give the precise message below it), so huge bodies are cut off early.
  upload: {
    limits: { fileSize: 60 * MB },
    requestSizeLimit: 64 * MB,
    responseOnLimit: 'The file is larger than 60 MB, more than Chasqui accepts (documents: 50 MB, images: 15 MB).',
  },
})
  .then(restrictInternalCollections)
  .then(refuseBadApiKeys)
