import type { FieldHook } from 'payload'

import { findOne } from '../../../lib/find-one'
import { originalRef } from './guard-edition'

/**
 * `needsUpdate` (virtual): the original was republished with changed content after this
 * translation was last published. Read from the populated original when there is one,
 * otherwise with a one-field lookup.
 */
export const computeNeedsUpdate: FieldHook = async ({ data, siblingData, req }) => {
  const doc = (data ?? siblingData) as { original?: unknown; sourceRevision?: number; _status?: string }
  if (doc._status !== 'published' || typeof doc.sourceRevision !== 'number') return false
  const populated = (doc.original as { value?: { contentRevision?: number } } | undefined)?.value
  let revision = typeof populated === 'object' ? populated?.contentRevision : undefined
  if (revision === undefined) {
    const ref = originalRef(doc.original)
    if (!ref) return false
    const original = await findOne<{ contentRevision?: number }>(req, ref.collection, ref.id, { select: { contentRevision: true } })
    revision = original?.contentRevision
  }
  return typeof revision === 'number' && revision > doc.sourceRevision
}
