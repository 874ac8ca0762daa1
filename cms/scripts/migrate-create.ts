/**
 * `pnpm --filter cms migrate:create <name>`: writes a SQLite migration for the schema
 * changes since the last one (and its drizzle snapshot). Read the SQL before committing:
 * SQLite rebuilds tables for some changes, which can cascade-delete child rows.
 */
import '../src/lib/script-entry'

import payload from 'payload'

import configPromise from '../src/payload.config'

const name = process.argv[2]
if (!name || !/^[a-z0-9_-]+$/i.test(name)) {
  console.error('usage: pnpm --filter cms migrate:create <name>   (letters, digits, - and _)')
  process.exit(2)
}

process.env.PAYLOAD_MIGRATING = 'true'
const config = await configPromise
await payload.init({ config, disableDBConnect: true, disableOnInit: true, cron: false })
// skipEmpty: exits without writing when the schema has not changed.
await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
process.exit(0)
