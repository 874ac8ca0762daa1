import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`search\` ADD \`show_in\` text;`)
  await db.run(sql`CREATE INDEX \`search_show_in_idx\` ON \`search\` (\`show_in\`);`)
  // Existing entries: a translation stands for its own language; anything else for every
  // language until its next save recomputes the exact list (lib/editions.ts showIn).
  await db.run(sql`UPDATE \`search\` SET \`show_in\` = ' ' || \`language\` || ' ' WHERE \`type\` = 'translations';`)
  await db.run(sql`UPDATE \`search\` SET \`show_in\` = ' en es ' WHERE \`show_in\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`search_show_in_idx\`;`)
  await db.run(sql`ALTER TABLE \`search\` DROP COLUMN \`show_in\`;`)
}
