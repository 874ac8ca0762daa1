import type { SanitizedConfig } from 'payload'

import { adminsOnly, canOpenAdmin } from '.'

/**
 * Payload adds `payload-locked-documents` (who is editing what) after plugins run, with
 * access for any logged-in principal — members and integrators included, who could read
 * staff names or lock documents against editors. Only people who can open the admin use
 * document locking, so only they get access. Applied to the sanitized config.
 * Likewise the jobs' schedule bookkeeping global, which only admins need.
 */
export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) {
    locks.access = { ...locks.access, create: canOpenAdmin, read: canOpenAdmin, update: canOpenAdmin, delete: canOpenAdmin }
  }
  // Added with scheduled tasks (the renewal reminders): when each schedule last queued a run.
  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) jobStats.access = { ...jobStats.access, read: adminsOnly, update: adminsOnly, readVersions: adminsOnly }
  return config
}
