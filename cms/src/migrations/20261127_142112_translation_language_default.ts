import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_translations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`pdf_id\` text(36),
  	\`translator\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`published_at\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`source_revision\` numeric,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_translations\`("id", "language", "title", "summary", "body", "pdf_id", "translator", "generate_slug", "slug", "published_at", "visibility", "source_revision", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "language", "title", "summary", "body", "pdf_id", "translator", "generate_slug", "slug", "published_at", "visibility", "source_revision", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`translations\`;`)
  await db.run(sql`DROP TABLE \`translations\`;`)
  await db.run(sql`ALTER TABLE \`__new_translations\` RENAME TO \`translations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`translations_language_idx\` ON \`translations\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`translations_pdf_idx\` ON \`translations\` (\`pdf_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`translations_slug_idx\` ON \`translations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`translations_published_at_idx\` ON \`translations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_visibility_idx\` ON \`translations\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`translations_meta_meta_image_idx\` ON \`translations\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_updated_at_idx\` ON \`translations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_created_at_idx\` ON \`translations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`translations__status_idx\` ON \`translations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`translations\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__translations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_language\` text,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_pdf_id\` text(36),
  	\`version_translator\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_source_revision\` numeric,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__translations_v\`("id", "parent_id", "version_language", "version_title", "version_summary", "version_body", "version_pdf_id", "version_translator", "version_generate_slug", "version_slug", "version_published_at", "version_visibility", "version_source_revision", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_language", "version_title", "version_summary", "version_body", "version_pdf_id", "version_translator", "version_generate_slug", "version_slug", "version_published_at", "version_visibility", "version_source_revision", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_translations_v\`;`)
  await db.run(sql`DROP TABLE \`_translations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__translations_v\` RENAME TO \`_translations_v\`;`)
  await db.run(sql`CREATE INDEX \`_translations_v_parent_idx\` ON \`_translations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_language_idx\` ON \`_translations_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_pdf_idx\` ON \`_translations_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_slug_idx\` ON \`_translations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_published_at_idx\` ON \`_translations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_visibility_idx\` ON \`_translations_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_meta_version_meta_image_idx\` ON \`_translations_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_updated_at_idx\` ON \`_translations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_created_at_idx\` ON \`_translations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version__status_idx\` ON \`_translations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_created_at_idx\` ON \`_translations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_updated_at_idx\` ON \`_translations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_snapshot_idx\` ON \`_translations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_published_locale_idx\` ON \`_translations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_latest_idx\` ON \`_translations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_autosave_idx\` ON \`_translations_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_translations_v\` (\`version__status\`,\`version_published_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_translations\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`language\` text DEFAULT 'en',
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`pdf_id\` text(36),
  	\`translator\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`published_at\` text,
  	\`visibility\` text DEFAULT 'public',
  	\`source_revision\` numeric,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` text(36),
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_translations\`("id", "language", "title", "summary", "body", "pdf_id", "translator", "generate_slug", "slug", "published_at", "visibility", "source_revision", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status") SELECT "id", "language", "title", "summary", "body", "pdf_id", "translator", "generate_slug", "slug", "published_at", "visibility", "source_revision", "meta_title", "meta_description", "meta_image_id", "updated_at", "created_at", "_status" FROM \`translations\`;`)
  await db.run(sql`DROP TABLE \`translations\`;`)
  await db.run(sql`ALTER TABLE \`__new_translations\` RENAME TO \`translations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`translations_language_idx\` ON \`translations\` (\`language\`);`)
  await db.run(sql`CREATE INDEX \`translations_pdf_idx\` ON \`translations\` (\`pdf_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`translations_slug_idx\` ON \`translations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`translations_published_at_idx\` ON \`translations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_visibility_idx\` ON \`translations\` (\`visibility\`);`)
  await db.run(sql`CREATE INDEX \`translations_meta_meta_image_idx\` ON \`translations\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`translations_updated_at_idx\` ON \`translations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`translations_created_at_idx\` ON \`translations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`translations__status_idx\` ON \`translations\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`_status_publishedAt_3_idx\` ON \`translations\` (\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__translations_v\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`parent_id\` text(36),
  	\`version_language\` text DEFAULT 'en',
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_pdf_id\` text(36),
  	\`version_translator\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_published_at\` text,
  	\`version_visibility\` text DEFAULT 'public',
  	\`version_source_revision\` numeric,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` text(36),
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_pdf_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__translations_v\`("id", "parent_id", "version_language", "version_title", "version_summary", "version_body", "version_pdf_id", "version_translator", "version_generate_slug", "version_slug", "version_published_at", "version_visibility", "version_source_revision", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_language", "version_title", "version_summary", "version_body", "version_pdf_id", "version_translator", "version_generate_slug", "version_slug", "version_published_at", "version_visibility", "version_source_revision", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_translations_v\`;`)
  await db.run(sql`DROP TABLE \`_translations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__translations_v\` RENAME TO \`_translations_v\`;`)
  await db.run(sql`CREATE INDEX \`_translations_v_parent_idx\` ON \`_translations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_language_idx\` ON \`_translations_v\` (\`version_language\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_pdf_idx\` ON \`_translations_v\` (\`version_pdf_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_slug_idx\` ON \`_translations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_published_at_idx\` ON \`_translations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_visibility_idx\` ON \`_translations_v\` (\`version_visibility\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_meta_version_meta_image_idx\` ON \`_translations_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_updated_at_idx\` ON \`_translations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version_created_at_idx\` ON \`_translations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_version_version__status_idx\` ON \`_translations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_created_at_idx\` ON \`_translations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_updated_at_idx\` ON \`_translations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_snapshot_idx\` ON \`_translations_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_published_locale_idx\` ON \`_translations_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_latest_idx\` ON \`_translations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_translations_v_autosave_idx\` ON \`_translations_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`version__status_version_publishedAt_3_idx\` ON \`_translations_v\` (\`version__status\`,\`version_published_at\`);`)
}
