import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The full-text search's index over the search collection (src/plugins/full-text.ts),
 * kept in step with it by triggers. The schema Payload manages is unchanged: the
 * snapshot beside this file equals the previous one.
 *
 * - search_fts (FTS5): the words of each entry's title, summary and text.
 * - search_fts_entries: one slim row per entry — the integer rowid FTS5 addresses rows
 *   by (the collection's ids are UUIDs, and a table's implicit rowid is not stable:
 *   VACUUM may renumber it) and the columns the search filters and sorts on. A search
 *   reads these two and never the collection's rows, whose long text SQLite would have
 *   to page through to reach the columns stored after it.
 */
const ENTRY_COLUMNS = sql.raw('`published_at`, `type`, `original_type`, `language`, `year`')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`search_fts_entries\` (
    \`rowid\` integer PRIMARY KEY,
    \`search_id\` text NOT NULL UNIQUE,
    \`published_at\` text,
    \`type\` text,
    \`original_type\` text,
    \`language\` text,
    \`year\` numeric
  );`)
  await db.run(sql`CREATE INDEX \`search_fts_entries_published_at_idx\` ON \`search_fts_entries\` (\`published_at\`);`)
  await db.run(
    sql`CREATE VIRTUAL TABLE \`search_fts\` USING fts5(\`title\`, \`summary\`, \`text\`, tokenize = 'unicode61 remove_diacritics 2');`,
  )
  await db.run(sql`INSERT INTO \`search_fts_entries\` (\`search_id\`, ${ENTRY_COLUMNS}) SELECT \`id\`, ${ENTRY_COLUMNS} FROM \`search\`;`)
  await db.run(sql`INSERT INTO \`search_fts\` (\`rowid\`, \`title\`, \`summary\`, \`text\`)
    SELECT e.\`rowid\`, coalesce(s.\`title\`, ''), coalesce(s.\`summary\`, ''), coalesce(s.\`text\`, '')
    FROM \`search\` s JOIN \`search_fts_entries\` e ON e.\`search_id\` = s.\`id\`;`)
  await db.run(sql`CREATE TRIGGER \`search_fts_after_insert\` AFTER INSERT ON \`search\` BEGIN
    INSERT INTO \`search_fts_entries\` (\`search_id\`, ${ENTRY_COLUMNS})
      VALUES (new.\`id\`, new.\`published_at\`, new.\`type\`, new.\`original_type\`, new.\`language\`, new.\`year\`);
    INSERT INTO \`search_fts\` (\`rowid\`, \`title\`, \`summary\`, \`text\`)
      VALUES ((SELECT \`rowid\` FROM \`search_fts_entries\` WHERE \`search_id\` = new.\`id\`), coalesce(new.\`title\`, ''), coalesce(new.\`summary\`, ''), coalesce(new.\`text\`, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_fts_after_update\` AFTER UPDATE ON \`search\` BEGIN
    UPDATE \`search_fts_entries\` SET \`published_at\` = new.\`published_at\`, \`type\` = new.\`type\`, \`original_type\` = new.\`original_type\`,
      \`language\` = new.\`language\`, \`year\` = new.\`year\` WHERE \`search_id\` = old.\`id\`;
    DELETE FROM \`search_fts\` WHERE \`rowid\` = (SELECT \`rowid\` FROM \`search_fts_entries\` WHERE \`search_id\` = old.\`id\`);
    INSERT INTO \`search_fts\` (\`rowid\`, \`title\`, \`summary\`, \`text\`)
      VALUES ((SELECT \`rowid\` FROM \`search_fts_entries\` WHERE \`search_id\` = new.\`id\`), coalesce(new.\`title\`, ''), coalesce(new.\`summary\`, ''), coalesce(new.\`text\`, ''));
  END;`)
  await db.run(sql`CREATE TRIGGER \`search_fts_after_delete\` AFTER DELETE ON \`search\` BEGIN
    DELETE FROM \`search_fts\` WHERE \`rowid\` = (SELECT \`rowid\` FROM \`search_fts_entries\` WHERE \`search_id\` = old.\`id\`);
    DELETE FROM \`search_fts_entries\` WHERE \`search_id\` = old.\`id\`;
  END;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TRIGGER \`search_fts_after_delete\`;`)
  await db.run(sql`DROP TRIGGER \`search_fts_after_update\`;`)
  await db.run(sql`DROP TRIGGER \`search_fts_after_insert\`;`)
  await db.run(sql`DROP TABLE \`search_fts\`;`)
  await db.run(sql`DROP TABLE \`search_fts_entries\`;`)
}
