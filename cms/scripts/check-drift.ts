/**
 * Fails when committed generated artefacts no longer match the Payload config:
 * - SQLite migrations: a new migration would not be empty (schema drift);
 * - packages/cms-types/src/payload-types.ts differs from freshly generated types;
 * - packages/cms-client/schema.graphql differs from the schema the config gives;
 * - the admin import map differs from a freshly generated one.
 * Writes nothing into the repository; prints how to fix each drift.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import '../src/lib/script-entry'

import payload, { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'
import { printGraphQLSchema } from './lib/graphql-schema'

type Snapshot = { version: string }

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

{
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'chasqui-drift-'))
  const config = await configPromise
  const problems: string[] = []

  // 1. Schema drift against the latest committed drizzle snapshot.
  await payload.init({ config, disableDBConnect: true, disableOnInit: true, cron: false })
  const db = payload.db as unknown as {
    name: string
    migrationDir: string
    schema: unknown
    requireDrizzleKit?: () => DrizzleKit
    defaultDrizzleSnapshot?: unknown
  }
  if (db.name === 'sqlite' && db.requireDrizzleKit) {
    const kit = db.requireDrizzleKit()
    const after = await kit.generateDrizzleJson(db.schema)
    const snapshots = readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort()
    const latest = snapshots.at(-1)
    let before = latest
      ? (JSON.parse(readFileSync(path.join(db.migrationDir, latest), 'utf8')) as Snapshot)
      : (db.defaultDrizzleSnapshot as Snapshot)
    // As payload's createMigration does: upgrade an older snapshot format first.
    if (kit.upSnapshot && before.version < (after as Snapshot).version) before = kit.upSnapshot(before) as Snapshot
    const statements = await kit.generateMigration(before, after)
    if (statements.length > 0) {
      problems.push(
        `Schema drift: the config differs from the latest migration (${latest ?? 'none'}); a new migration would run:\n` +
          statements.map((s) => `    ${s.split('\n')[0]}`).join('\n') +
          '\n  Fix: pnpm --filter cms migrate:create <name>, read the SQL, commit it.',
      )
    }
  } else {
    console.log(`(schema drift check applies to SQLite migrations; adapter is ${db.name})`)
  }

  // 2. Generated types.
  const committedTypes = readFileSync(config.typescript.outputFile, 'utf8')
  const freshTypes = path.join(scratch, 'payload-types.ts')
  config.typescript.outputFile = freshTypes
  await generateTypes(config, { log: false })
  if (readFileSync(freshTypes, 'utf8') !== committedTypes) {
    problems.push('packages/cms-types/src/payload-types.ts is stale.\n  Fix: pnpm --filter cms generate')
  }

  // 3. The published GraphQL schema.
  const schemaFile = config.graphQL.schemaOutputFile
  const committedSchema = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : ''
  if (printGraphQLSchema(config) !== committedSchema) {
    problems.push('packages/cms-client/schema.graphql is stale (the GraphQL schema changed).\n  Fix: pnpm --filter cms generate')
  }

  // 4. Admin import map.
  const importMapFile = path.resolve(config.admin.importMap.baseDir, 'app/(payload)/admin/importMap.js')
  const committedMap = readFileSync(importMapFile, 'utf8')
  // Beside the real one: the map imports custom components by paths relative to itself.
  const scratchMap = importMapFile.replace(/\.js$/, `.drift-${process.pid}.js`)
  config.admin.importMap.importMapFile = scratchMap
  try {
    await generateImportMap(config, { log: false, force: true })
    if (readFileSync(scratchMap, 'utf8') !== committedMap) {
      problems.push('The admin import map is stale.\n  Fix: pnpm --filter cms generate')
    }
  } finally {
    rmSync(scratchMap, { force: true })
  }

  rmSync(scratch, { recursive: true, force: true })
  if (problems.length > 0) {
    console.error(`✖ Drift found:\n- ${problems.join('\n- ')}`)
    process.exit(1)
  }
  console.log('✔ No drift: migrations, generated types, GraphQL schema and import map match the config.')
  process.exit(0)
}
