import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`search_edition_languages_idx\`;`)
  await db.run(sql`ALTER TABLE \`search\` DROP COLUMN \`edition_languages\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search\` ADD \`edition_languages\` text;`)
  await db.run(sql`CREATE INDEX \`search_edition_languages_idx\` ON \`search\` (\`edition_languages\`);`)
}
