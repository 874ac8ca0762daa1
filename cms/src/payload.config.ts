import path from 'node:path'

import { DEFAULT_LOCALE, LOCALES } from '@chasqui/cms-types'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import { build as prettyLogs } from 'pino-pretty'
import sharp from 'sharp'

import { Articles } from './collections/articles'
import { Users } from './collections/users'
import { chooseDatabase, databaseAdapter } from './db'
import { health } from './endpoints/health'
import { getEnv } from './env'

// Every cms process (next, scripts, tests) runs with the cms folder as its working
// directory; paths derive from it rather than from import.meta.url, which points into
// .next/ or a script bundle once the config is compiled.
const cmsRoot = process.cwd()
const env = getEnv()
const database = chooseDatabase(env, cmsRoot)

export default buildConfig({
  admin: {
    user: Users.slug,
    avatar: 'default',
    importMap: { baseDir: path.resolve(cmsRoot, 'src') },
    meta: { titleSuffix: ' — Chasqui' },
  },
  collections: [Users, Articles],
  cors: env.allowedOrigins,
  csrf: env.allowedOrigins,
  db: databaseAdapter(database, cmsRoot),
  editor: lexicalEditor(),
  endpoints: [health],
  graphQL: { disablePlaygroundInProduction: true },
  i18n: { supportedLanguages: { en, es }, fallbackLanguage: 'en' },
  localization: {
    locales: LOCALES.map((code) => ({ code, label: code === 'en' ? 'English' : 'Español' })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
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
  },
  logger: {
    options: { level: env.logLevel },
    ...(env.logFormat === 'pretty' && {
      destination: prettyLogs({ colorize: false, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
    }),
  },
  onInit: (payload) => {
    if (database.kind === 'sqlite' && database.warning) payload.logger.warn(database.warning)
  },
  secret: env.payloadSecret,
  serverURL: env.cmsUrl,
  sharp,
  telemetry: false,
  typescript: {
    // Types live in packages/cms-types so web and integrators share them without payload.
    outputFile: path.resolve(cmsRoot, '../packages/cms-types/src/payload-types.ts'),
    declare: false,
  },
})
