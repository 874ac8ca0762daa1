import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Client } from '@libsql/client'
import type { DatabaseAdapterObj } from 'payload'

import type { CmsEnv } from '../env'
import { serializeWrites } from './sqlite-connections'

/**
 * The one place that knows which database Chasqui runs on. Everything else talks to
 * Payload and stays adapter-agnostic.
 *
 * - unset DATABASE_URI: SQLite file under cms/data/ — `chasqui.db` for production mode
 *   (schema from committed migrations only), `chasqui-dev.db` for `next dev` (schema push),
 *   so a dev push can never alter the database the production start uses.
 * - `file:<path>`: that SQLite file (tests use throwaway files this way).
 * - `mongodb://` / `mongodb+srv://`: MongoDB; transactions when the deployment is a
 *   replica set (named by `replicaSet=` or implied by an SRV/Atlas URI).
 */

export const SQLITE_PRODUCTION_FILE = 'data/chasqui.db'
export const SQLITE_DEVELOPMENT_FILE = 'data/chasqui-dev.db'
/** Committed SQLite migrations; MongoDB needs none for schema, only for data. */
export const SQLITE_MIGRATIONS_DIR = 'src/migrations'
export const MONGODB_MIGRATIONS_DIR = 'src/db/migrations-mongodb'

export type DatabaseChoice =
  | { kind: 'sqlite'; file: string; push: boolean; warning?: string }
  | { kind: 'mongodb'; url: string; transactions: boolean }

export function chooseDatabase(
  env: Pick<CmsEnv, 'databaseUri' | 'nodeEnv'>,
  cwd: string,
): DatabaseChoice {
  const uri = env.databaseUri
  if (uri?.startsWith('mongodb://') || uri?.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: uri, transactions: namesReplicaSet(uri) }
  }

  const productionFile = path.resolve(cwd, SQLITE_PRODUCTION_FILE)
  const file = uri
    ? path.resolve(cwd, uri.replace(/^file:(\/\/)?/, ''))
    : path.resolve(cwd, env.nodeEnv === 'development' ? SQLITE_DEVELOPMENT_FILE : SQLITE_PRODUCTION_FILE)

  if (env.nodeEnv === 'production') return { kind: 'sqlite', file, push: false }
  if (file === productionFile) {
    return {
      kind: 'sqlite',
      file,
      push: false,
      warning: `Schema push is disabled: ${SQLITE_PRODUCTION_FILE} belongs to production mode and is changed only by migrations.`,
    }
  }
  return { kind: 'sqlite', file, push: true }
}

function namesReplicaSet(uri: string): boolean {
  if (uri.startsWith('mongodb+srv://')) return true
  const query = uri.split('?')[1] ?? ''
  return new URLSearchParams(query).has('replicaSet')
}

export function databaseAdapter(choice: DatabaseChoice, cwd: string): DatabaseAdapterObj {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      ensureIndexes: true,
      migrationDir: path.resolve(cwd, MONGODB_MIGRATIONS_DIR),
      transactionOptions: choice.transactions ? {} : false,
    })
  }
  // libsql creates the file, not its folder.
  mkdirSync(path.dirname(choice.file), { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: `file:${choice.file}` },
    idType: 'uuid',
    push: choice.push,
    migrationDir: path.resolve(cwd, SQLITE_MIGRATIONS_DIR),
    wal: { synchronous: 'NORMAL' },
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // Transactions are off in the SQLite adapter unless options are given.
    transactionOptions: {},
  })
  return {
    ...adapter,
    init: (args) => {
      const instance = adapter.init(args)
      const connect = instance.connect
      instance.connect = async function (this: typeof instance, options) {
        await connect?.call(this, options)
        serializeWrites((this as unknown as { client: Client }).client, {
          pragmas: [`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, 'PRAGMA synchronous = NORMAL'],
          lockTimeoutMs: 30_000,
        })
      }
      return instance
    },
  }
}

/** How long a writer waits for another process (migration, jobs worker) to finish. */
const SQLITE_BUSY_TIMEOUT_MS = 5_000
