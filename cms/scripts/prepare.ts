/**
 * Brings the database up to date and loads the demo content: the step `npm start`
 * (and the docker cms entrypoint) runs before `next start`.
 *
 * - production mode: applies committed migrations (SQLite); MongoDB needs none.
 * - development/test mode: the adapter's schema push already ran on connect.
 * Seeding is idempotent: documents are matched by a stable key and never overwritten.
 */
import '../src/lib/script-entry'

import { getPayload } from 'payload'

import { applyMigrations } from '../src/db/migrate'
import { getEnv } from '../src/env'
import config from '../src/payload.config'
import { seed } from '../src/seed'

const started = Date.now()
const payload = await getPayload({ config, cron: false })
if (getEnv().isProduction) await applyMigrations(payload)
await seed(payload)
payload.logger.info(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
await payload.destroy()
process.exit(0)
