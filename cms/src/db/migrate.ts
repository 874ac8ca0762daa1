import type { Migration, Payload } from 'payload'

import { ConfigError } from '../lib/config-error'
import { migrations as sqliteMigrations } from '../migrations'

/**
 * Applies the committed migrations (the start command's job; `next start` never
 * changes the schema). SQLite migrations are imported, not read from disk, so this
 * runs from compiled code too. MongoDB follows the config and needs none.
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') {
    payload.logger.info('MongoDB: no schema migrations to apply.')
    return
  }
  // A database that was ever schema-pushed carries a batch -1 row; migrating it would
  // stop at an interactive prompt (exit 0 doing nothing, or a hang without a terminal).
  const pushed = await payload.find({
    collection: 'payload-migrations',
    where: { batch: { equals: -1 } },
    limit: 1,
    depth: 0,
    pagination: false,
  }).catch(() => ({ docs: [] }))
  if (pushed.docs.length > 0) {
    throw new ConfigError(
      'This SQLite database was schema-pushed by development mode, so migrations cannot run on it. Point DATABASE_URI at another file (production mode uses cms/data/chasqui.db).',
    )
  }
  // Payload's base `Migration` types up/down as `(args: unknown)`; the SQLite adapter
  // calls them with its own MigrateUpArgs, which is what the generated files declare.
  await payload.db.migrate({ migrations: sqliteMigrations as unknown as Migration[] })
}
