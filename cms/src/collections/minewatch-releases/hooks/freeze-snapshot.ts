import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'
import { APIError } from 'payload'

import { liveSnapshot } from '../../../lib/minewatch/snapshot'

/** Refused change to a published release: "MineWatch, October 2012" must read the same forever. */
export class FrozenReleaseError extends APIError {
  code = 'release_frozen'
  constructor(month: string, action: 'changed' | 'deleted') {
    super(`The ${month} release is published and cannot be ${action}: publish a new release instead.`, 403, undefined, true)
    this.name = 'FrozenReleaseError'
  }
}

/**
 * A release takes its snapshot of the live companies, projects and conflicts when it is
 * published, inside the save's transaction, and never again. Access already keeps
 * published releases out of everyone's update and delete; these hooks hold even for
 * Local API calls that skip access (scripts, seed, other hooks).
 */
export const freezeSnapshot: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.published) throw new FrozenReleaseError(String(originalDoc.month), 'changed')
  if (data.published) {
    return { ...data, snapshot: await liveSnapshot(req), publishedAt: new Date().toISOString() }
  }
  return { ...data, snapshot: null, publishedAt: null }
}

export const refuseDeletingPublished: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const release = await req.payload.findByID({ collection: 'minewatch-releases', id, depth: 0, overrideAccess: true, req, disableErrors: true })
  if (release?.published) throw new FrozenReleaseError(release.month, 'deleted')
}
