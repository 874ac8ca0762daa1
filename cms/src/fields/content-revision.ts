import type { FieldHook, NumberField } from 'payload'

import { findOne } from '../lib/find-one'

import { sameContent } from '../lib/same-content'

/**
 * A counter on documents that have translations: it goes up when the document is
 * republished with its translatable content changed. A translation records the
 * revision it was published against (`sourceRevision`) and is stale when that is lower.
 *
 * Computed by the hook on every save; whatever a client sends is ignored.
 */
export function contentRevision({ translatable }: { translatable: string[] }): NumberField {
  return {
    name: 'contentRevision',
    type: 'number',
    defaultValue: 1,
    admin: { hidden: true, readOnly: true },
    hooks: { beforeChange: [bumpWhenRepublishedWithChanges(translatable)] },
  }
}

const bumpWhenRepublishedWithChanges =
  (translatable: string[]): FieldHook =>
  async ({ siblingData, originalDoc, collection, req }) => {
    const current = typeof originalDoc?.contentRevision === 'number' ? originalDoc.contentRevision : 1
    if (siblingData._status !== 'published' || !originalDoc?.id || !collection) return current
    // With drafts, `originalDoc` is the latest version — possibly a draft holding the
    // very text being published. Compare with what readers currently see instead.
    const live = await findOne(req, collection.slug, originalDoc.id)
    if (live?._status !== 'published') return current
    const changed = translatable.some((field) => field in siblingData && !sameContent(siblingData[field], live[field]))
    return changed ? current + 1 : current
  }
