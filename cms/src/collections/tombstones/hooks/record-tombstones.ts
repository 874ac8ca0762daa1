import type { SyncedCollection, TombstoneReason } from '@chasqui/cms-types'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionConfig,
  CollectionSlug,
  PayloadRequest,
  Where,
} from 'payload'

/**
 * Leaves a tombstone when a document anonymous readers could see stops being visible to
 * them: deleted, unpublished, or made staff-only (evidence sensitivity, file visibility).
 * "Visible" is decided by the collection's own read access evaluated for a visitor, so
 * the rule cannot drift from what REST and GraphQL serve. Members-only documents stay
 * visible (their teaser is public): a mirror receives them as an upsert without a body.
 */

const key = (collection: string, id: string | number) => `tombstones:wasPublic:${collection}:${id}`

async function isPublic(req: PayloadRequest, collection: string, id: string | number): Promise<boolean> {
  const config = req.payload.collections[collection as CollectionSlug].config
  const access = await config.access.read({ req: { ...req, user: null } as PayloadRequest, id: String(id) })
  if (access === false) return false
  const byId: Where = { id: { equals: id } }
  const { totalDocs } = await req.payload.count({
    collection: collection as CollectionSlug,
    where: access === true ? byId : { and: [byId, access] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

async function recordTombstone(req: PayloadRequest, collection: string, id: string | number, reason: TombstoneReason) {
  await req.payload.create({
    collection: 'tombstones',
    data: { docCollection: collection as SyncedCollection, docId: String(id), reason },
    overrideAccess: true,
    req,
  })
}

const rememberVisibility: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, collection, req }) => {
  if (operation !== 'update' || !originalDoc?.id) return data
  const visible = await isPublic(req, collection.slug, originalDoc.id)
  // Set after the read: a nested Local API call replaces req.context with a copy.
  req.context[key(collection.slug, originalDoc.id)] = visible
  return data
}

const tombstoneIfHidden: CollectionAfterChangeHook = async ({ doc, operation, collection, req }) => {
  if (operation !== 'update' || req.context[key(collection.slug, doc.id)] !== true) return doc
  if (await isPublic(req, collection.slug, doc.id)) return doc
  await recordTombstone(req, collection.slug, doc.id, doc._status === 'draft' ? 'unpublished' : 'restricted')
  return doc
}

const rememberVisibilityBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const visible = await isPublic(req, collection.slug, id)
  req.context[key(collection.slug, id)] = visible
}

const tombstoneIfDeleted: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  if (req.context[key(collection.slug, id)] === true) await recordTombstone(req, collection.slug, id, 'deleted')
}

/** Adds tombstone recording to a synced collection's hooks. */
export function recordTombstones(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), rememberVisibility],
      afterChange: [...(hooks.afterChange ?? []), tombstoneIfHidden],
      beforeDelete: [...(hooks.beforeDelete ?? []), rememberVisibilityBeforeDelete],
      afterDelete: [...(hooks.afterDelete ?? []), tombstoneIfDeleted],
    },
  }
}
