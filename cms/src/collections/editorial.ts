import type { CollectionConfig } from 'payload'

import { editorsOnly, publishedOrContentStaff } from '../access'

/**
 * What every editorial collection shares: who may do what, and drafts with autosave,
 * version history and scheduled publishing (run by the jobs queue).
 */
export const editorialAccess: CollectionConfig['access'] = {
  create: editorsOnly,
  read: publishedOrContentStaff,
  readVersions: editorsOnly,
  update: editorsOnly,
  delete: editorsOnly,
}

export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}
