import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { editorsOnly, publishedOrContentStaff } from '../access'
import { captureLiveDocument } from '../hooks/live-document'
import { notifyWebOfChange, notifyWebOfDelete } from '../hooks/notify-web'
import { rejectUnknownStatus } from '../hooks/reject-unknown-status'
import { refreshEditionsAfterDelete, refreshEditionsInSearch } from '../hooks/refresh-editions-in-search'

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

/**
 * Published documents newest first — what the API's readers list most — from an index.
 * Without it SQLite sorts every published row by `published_at`, which it stores after
 * the long body, so it pages through each body to reach it: 25 ms for 5,000 articles,
 * on every list request.
 */
export const publishedNewestFirst: CollectionConfig['indexes'] = [{ fields: ['_status', 'publishedAt'] }]

export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}

/**
 * Hooks every published-content collection runs: a save with an unknown `_status` is
 * refused, the published document is captured before a save (for hooks that compare with
 * what readers saw), and the site is told about every change readers can see.
 */
export function publishedContentHooks({
  beforeChange = [],
  afterChange = [],
  translatable = false,
}: {
  beforeChange?: CollectionBeforeChangeHook[]
  afterChange?: CollectionAfterChangeHook[]
  /** The work has language editions: keep their list in the search index current. */
  translatable?: boolean
} = {}): CollectionConfig['hooks'] {
  return {
    beforeValidate: [rejectUnknownStatus],
    beforeChange: [...beforeChange, captureLiveDocument],
    afterChange: [...afterChange, ...(translatable ? [refreshEditionsInSearch] : []), notifyWebOfChange],
    afterDelete: [...(translatable ? [refreshEditionsAfterDelete] : []), notifyWebOfDelete],
  }
}
