import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`membership_payments\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`member_id\` text(36) NOT NULL,
  	\`paid_at\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`method\` text DEFAULT 'standing-order' NOT NULL,
  	\`period_end\` text NOT NULL,
  	\`reference\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`member_id\`) REFERENCES \`members\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_payments_member_idx\` ON \`membership_payments\` (\`member_id\`);`)
  await db.run(sql`CREATE INDEX \`membership_payments_updated_at_idx\` ON \`membership_payments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`membership_payments_created_at_idx\` ON \`membership_payments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`membership_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`tier\` text NOT NULL,
  	\`fee\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`membership\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`membership_tiers_order_idx\` ON \`membership_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`membership_tiers_parent_id_idx\` ON \`membership_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`membership_tiers_locales\` (
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`membership_tiers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`membership_tiers_locales_locale_parent_id_unique\` ON \`membership_tiers_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`membership\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`renewal_reminder_days\` numeric DEFAULT 30 NOT NULL,
  	\`gift_aid_wording\` text DEFAULT 'I want to Gift Aid my membership subscription and any donations I make in the future or have made in the past 4 years to {organisation}. I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`membership_locales\` (
  	\`email_consent_wording\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`membership\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`membership_locales_locale_parent_id_unique\` ON \`membership_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`members\` ADD \`language\` text DEFAULT 'en';`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`gift_aid_withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`erased_at\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`verification_expires_at\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`renewal_reminder_sent_for\` text;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`_verificationtoken\` text;`)
  await db.run(sql`CREATE INDEX \`members_gift_aid_gift_aid_declared_idx\` ON \`members\` (\`gift_aid_declared\`);`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`reset_password_requested_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`membership_payments_id\` text(36) REFERENCES membership_payments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_membership_payments_id_idx\` ON \`payload_locked_documents_rels\` (\`membership_payments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`membership_payments\`;`)
  await db.run(sql`DROP TABLE \`membership_tiers\`;`)
  await db.run(sql`DROP TABLE \`membership_tiers_locales\`;`)
  await db.run(sql`DROP TABLE \`membership\`;`)
  await db.run(sql`DROP TABLE \`membership_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`api_keys_id\`) REFERENCES \`api_keys\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tombstones_id\`) REFERENCES \`tombstones\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redirects_id\`) REFERENCES \`redirects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "bulletins_id", "reports_id", "case_studies_id", "translations_id", "pages_id", "topics_id", "media_id", "documents_id", "evidence_id", "members_id", "users_id", "api_keys_id", "tombstones_id", "search_id", "redirects_id") SELECT "id", "order", "parent_id", "path", "articles_id", "bulletins_id", "reports_id", "case_studies_id", "translations_id", "pages_id", "topics_id", "media_id", "documents_id", "evidence_id", "members_id", "users_id", "api_keys_id", "tombstones_id", "search_id", "redirects_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_api_keys_id_idx\` ON \`payload_locked_documents_rels\` (\`api_keys_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tombstones_id_idx\` ON \`payload_locked_documents_rels\` (\`tombstones_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redirects_id_idx\` ON \`payload_locked_documents_rels\` (\`redirects_id\`);`)
  await db.run(sql`DROP INDEX \`members_gift_aid_gift_aid_declared_idx\`;`)
  await db.run(sql`ALTER TABLE \`members\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`language\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`gift_aid_withdrawn_at\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`erased_at\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`verification_expires_at\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`renewal_reminder_sent_for\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`_verified\`;`)
  await db.run(sql`ALTER TABLE \`members\` DROP COLUMN \`_verificationtoken\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
