import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, Where } from 'payload'

import { editionsOf, showIn, workOf } from '../lib/editions'

/**
 * Every search entry of a work (its original and each translation) lists the work's
 * published editions: the site uses it for hreflang alternates and to show one edition
 * per language in its feeds. Publishing, unpublishing, renaming or deleting any edition
 * changes that list for all of them.
 */
async function refresh(collection: string, doc: Record<string, unknown> & { id: string }, req: PayloadRequest) {
  const work = workOf(collection, doc)
  if (!work) return
  const { editions, translationIds, originalLanguage } = await editionsOf(work, req)
  const update = (where: Where, data: Record<string, unknown>) =>
    req.payload.update({ collection: 'search', where, data, depth: 0, overrideAccess: true, req })
  await update(
    { and: [{ 'doc.relationTo': { equals: work.collection } }, { 'doc.value': { equals: work.id } }] },
    { editions, showIn: showIn({ language: originalLanguage, isOriginal: true }, editions) },
  )
  if (translationIds.length > 0) {
    // A translation stands for its own language whatever its siblings: only the list changes.
    await update({ and: [{ 'doc.relationTo': { equals: 'translations' } }, { 'doc.value': { in: translationIds } }] }, { editions })
  }
}

export const refreshEditionsInSearch: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  await refresh(collection.slug, doc, req)
  return doc
}

export const refreshEditionsAfterDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  await refresh(collection.slug, doc, req)
  return doc
}
