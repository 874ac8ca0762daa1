import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

/**
 * Runs before each integration test file is imported: points DATABASE_URI at a database
 * of the file's own, so no two files (and no developer database) ever share state.
 * SQLite: a temporary file, deleted afterwards. MongoDB: a uniquely named database,
 * dropped afterwards.
 */
const adapter = process.env.TEST_DATABASE === 'mongodb' ? 'mongodb' : 'sqlite'

if (adapter === 'mongodb') {
  const base = new URL(process.env.MONGODB_URI ?? '')
  const name = `chasqui_test_${randomUUID().slice(0, 8)}`
  base.pathname = `/${name}`
  process.env.DATABASE_URI = base.toString()
  afterAll(async () => {
    const { MongoClient } = await import('mongodb')
    const client = new MongoClient(process.env.DATABASE_URI ?? '')
    await client.db(name).dropDatabase()
    await client.close()
  })
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chasqui-int-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
}

// Tests run the jobs queue explicitly (payload.jobs.run), never on a timer.
process.env.JOBS_AUTORUN = 'false'
process.env.UPLOADS_DIR = mkdtempSync(path.join(os.tmpdir(), 'chasqui-uploads-'))
// Expected errors (refused logins, a stopped database) would otherwise flood the output;
// run with LOG_LEVEL=info to see them.
process.env.LOG_LEVEL ??= 'fatal'
// Rate limits off: files log in and read far faster than any client would. The
// api-policy tests give their own policy explicit limits.
process.env.RATE_LIMIT_ANONYMOUS ??= '0'
process.env.RATE_LIMIT_AUTHENTICATED ??= '0'
process.env.RATE_LIMIT_AUTH_ENDPOINTS ??= '0'
