import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

/**
 * SQLite cannot alter a column's type, default or constraints in place, so drizzle's
 * generated migrations rebuild the table: create `__new_<table>`, copy the rows, `DROP
 * TABLE <table>`, rename. Drizzle brackets that with `PRAGMA foreign_keys=OFF`, but Payload
 * runs each migration inside a transaction, where that pragma does nothing: dropping the
 * old table then applies every foreign key that points at it, `ON DELETE cascade` deleting
 * the rows that refer to it (and `set null` emptying them). On an empty database nothing
 * shows; on a filled one it destroys data. Migrating the benchmark's 5,850 documents
 * through one such rebuild of `translations` left all 301 translations without their
 * original. CI and check:drift migrate empty databases, so they cannot see it; this test
 * reads the migrations instead.
 *
 * A migration may rebuild a table that nothing refers to (a `_rels` or `_locales` table,
 * say). Rebuilding one that other tables refer to needs hand-written SQL that keeps those
 * rows (copy them aside and back, or change the schema another way). Only `up` is read:
 * `down` is a rollback, which drops what `up` made anyway (content_model's `down`, for
 * one, rebuilds `articles`).
 */

const directory = path.join(path.dirname(fileURLToPath(import.meta.url)), '../migrations')
const migrationFiles = readdirSync(directory)
  .filter((name) => /^\d{8}_\d{6}_\w+\.ts$/.test(name))
  .sort()

/** Each migration's source, drizzle's escaped backticks made plain so SQL reads as SQL. */
const sources = new Map(migrationFiles.map((name) => [name, readFileSync(path.join(directory, name), 'utf8').replaceAll('\\`', '`')]))

/** The `up` function's text (what runs on a deployed database). */
function upOf(source: string): string {
  const start = source.indexOf('export async function up')
  const end = source.indexOf('export async function down')
  return source.slice(start, end === -1 ? undefined : end)
}

/** Tables that `up` rebuilds: it copies rows into `__new_<table>`. */
const rebuiltTables = (up: string) => [...up.matchAll(/INSERT INTO `__new_(\w+)`/g)].map((match) => match[1] as string)

/** Every table, in any migration, with a foreign key to `table`. */
function tablesReferring(table: string): string[] {
  const referring = new Set<string>()
  for (const source of sources.values()) {
    for (const [, name, body] of source.matchAll(/CREATE TABLE `(\w+)` \(([\s\S]*?)\);/g)) {
      if (name && !name.startsWith('__new_') && body?.includes(`REFERENCES \`${table}\`(`)) referring.add(name)
    }
  }
  return [...referring]
}

describe('migrations', () => {
  it('are found', () => {
    expect(migrationFiles.length).toBeGreaterThan(5)
    expect(migrationFiles).toContain('20261126_143700_initial.ts')
  })

  it.each(migrationFiles)('%s rebuilds no table that other tables refer to', (name) => {
    const referred = rebuiltTables(upOf(sources.get(name) ?? '')).filter((table) => tablesReferring(table).length > 0)
    expect(referred).toEqual([])
  })

  it('recognises the rebuild that destroyed data (d67f79c, taken back in 69f169b)', () => {
    const harmful = [
      'export async function up({ db }) {',
      '  await db.run(sql`PRAGMA foreign_keys=OFF;`)',
      '  await db.run(sql`CREATE TABLE `__new_translations` (`id` text PRIMARY KEY NOT NULL, `language` text);`)',
      '  await db.run(sql`INSERT INTO `__new_translations`("id", "language") SELECT "id", "language" FROM `translations`;`)',
      '  await db.run(sql`DROP TABLE `translations`;`)',
      '}',
    ].join('\n')
    const rebuilt = rebuiltTables(upOf(harmful))
    expect(rebuilt).toEqual(['translations'])
    expect(tablesReferring('translations')).toEqual(expect.arrayContaining(['translations_rels']))
  })
})
