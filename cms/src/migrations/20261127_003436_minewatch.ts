import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`companies\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`listing\` text NOT NULL,
  	\`ticker\` text,
  	\`parent\` text,
  	\`website\` text,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`companies_slug_idx\` ON \`companies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`companies_listing_idx\` ON \`companies\` (\`listing\`);`)
  await db.run(sql`CREATE INDEX \`companies_updated_at_idx\` ON \`companies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`companies_created_at_idx\` ON \`companies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`projects_owners\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`company_id\` text(36) NOT NULL,
  	\`share\` numeric,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_owners_order_idx\` ON \`projects_owners\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`projects_owners_parent_id_idx\` ON \`projects_owners\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_owners_company_idx\` ON \`projects_owners\` (\`company_id\`);`)
  await db.run(sql`CREATE TABLE \`projects_minerals\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_minerals_order_idx\` ON \`projects_minerals\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_minerals_parent_idx\` ON \`projects_minerals\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`projects_minerals_value_idx\` ON \`projects_minerals\` (\`value\`);`)
  await db.run(sql`CREATE TABLE \`projects\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`province\` text,
  	\`district\` text,
  	\`stage\` text NOT NULL,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_slug_idx\` ON \`projects\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`projects_region_idx\` ON \`projects\` (\`region\`);`)
  await db.run(sql`CREATE INDEX \`projects_stage_idx\` ON \`projects\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`projects_updated_at_idx\` ON \`projects\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`projects_created_at_idx\` ON \`projects\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conflicts_communities\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conflicts_communities_order_idx\` ON \`conflicts_communities\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_communities_parent_id_idx\` ON \`conflicts_communities\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`conflicts_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`url\` text NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conflicts_sources_order_idx\` ON \`conflicts_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_sources_parent_id_idx\` ON \`conflicts_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_sources_date_idx\` ON \`conflicts_sources\` (\`date\`);`)
  await db.run(sql`CREATE TABLE \`conflicts\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`project_id\` text(36) NOT NULL,
  	\`description\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`report_month\` text NOT NULL,
  	\`first_reported\` text NOT NULL,
  	\`last_updated\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`conflicts_slug_idx\` ON \`conflicts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_project_idx\` ON \`conflicts\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_type_idx\` ON \`conflicts\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_status_idx\` ON \`conflicts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_report_month_idx\` ON \`conflicts\` (\`report_month\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_first_reported_idx\` ON \`conflicts\` (\`first_reported\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_last_updated_idx\` ON \`conflicts\` (\`last_updated\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_updated_at_idx\` ON \`conflicts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_created_at_idx\` ON \`conflicts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`conflicts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`case_studies_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`conflicts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`conflicts_rels_order_idx\` ON \`conflicts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_rels_parent_idx\` ON \`conflicts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_rels_path_idx\` ON \`conflicts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_rels_articles_id_idx\` ON \`conflicts_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`conflicts_rels_case_studies_id_idx\` ON \`conflicts_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE TABLE \`minewatch_releases\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`summary\` text NOT NULL,
  	\`published\` integer DEFAULT false,
  	\`sample_data\` integer DEFAULT false,
  	\`published_at\` text,
  	\`snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`minewatch_releases_month_idx\` ON \`minewatch_releases\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`minewatch_releases_published_idx\` ON \`minewatch_releases\` (\`published\`);`)
  await db.run(sql`CREATE INDEX \`minewatch_releases_published_at_idx\` ON \`minewatch_releases\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`minewatch_releases_updated_at_idx\` ON \`minewatch_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`minewatch_releases_created_at_idx\` ON \`minewatch_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`corrections\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`record\` text NOT NULL,
  	\`problem\` text NOT NULL,
  	\`source\` text,
  	\`status\` text DEFAULT 'new' NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`corrections_updated_at_idx\` ON \`corrections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`corrections_created_at_idx\` ON \`corrections\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`companies_id\` text(36) REFERENCES companies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`projects_id\` text(36) REFERENCES projects(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`conflicts_id\` text(36) REFERENCES conflicts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`minewatch_releases_id\` text(36) REFERENCES minewatch_releases(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`corrections_id\` text(36) REFERENCES corrections(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_conflicts_id_idx\` ON \`payload_locked_documents_rels\` (\`conflicts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_minewatch_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`minewatch_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_corrections_id_idx\` ON \`payload_locked_documents_rels\` (\`corrections_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`DROP TABLE \`projects_owners\`;`)
  await db.run(sql`DROP TABLE \`projects_minerals\`;`)
  await db.run(sql`DROP TABLE \`projects\`;`)
  await db.run(sql`DROP TABLE \`conflicts_communities\`;`)
  await db.run(sql`DROP TABLE \`conflicts_sources\`;`)
  await db.run(sql`DROP TABLE \`conflicts\`;`)
  await db.run(sql`DROP TABLE \`conflicts_rels\`;`)
  await db.run(sql`DROP TABLE \`minewatch_releases\`;`)
  await db.run(sql`DROP TABLE \`corrections\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` text(36),
  	\`bulletins_id\` text(36),
  	\`reports_id\` text(36),
  	\`case_studies_id\` text(36),
  	\`translations_id\` text(36),
  	\`pages_id\` text(36),
  	\`topics_id\` text(36),
  	\`media_id\` text(36),
  	\`documents_id\` text(36),
  	\`evidence_id\` text(36),
  	\`members_id\` text(36),
  	\`membership_payments_id\` text(36),
  	\`users_id\` text(36),
  	\`api_keys_id\` text(36),
  	\`tombstones_id\` text(36),
  	\`search_id\` text(36),
  	\`redirects_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bulletins_id\`) REFERENCES \`bulletins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reports_id\`) REFERENCES \`reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`case_studies_id\`) REFERENCES \`case_studies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`translations_id\`) REFERENCES \`translations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`documents_id\`) REFERENCES \`documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`evidence_id\`) REFERENCES \`evidence\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`members_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`membership_payments_id\`) REFERENCES \`membership_payments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tombstones_id\`) REFERENCES \`tombstones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "bulletins_id", "reports_id", "case_studies_id", "translations_id", "pages_id", "topics_id", "media_id", "documents_id", "evidence_id", "members_id", "membership_payments_id", "users_id", "api_keys_id", "tombstones_id", "search_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "bulletins_id", "reports_id", "case_studies_id", "translations_id", "pages_id", "topics_id", "media_id", "documents_id", "evidence_id", "members_id", "membership_payments_id", "users_id", "api_keys_id", "tombstones_id", "search_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bulletins_id_idx\` ON \`payload_locked_documents_rels\` (\`bulletins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_case_studies_id_idx\` ON \`payload_locked_documents_rels\` (\`case_studies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_translations_id_idx\` ON \`payload_locked_documents_rels\` (\`translations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_documents_id_idx\` ON \`payload_locked_documents_rels\` (\`documents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_evidence_id_idx\` ON \`payload_locked_documents_rels\` (\`evidence_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_members_id_idx\` ON \`payload_locked_documents_rels\` (\`members_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_membership_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`membership_payments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tombstones_id_idx\` ON \`payload_locked_documents_rels\` (\`tombstones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
}
