import type { CollectionAfterChangeHook } from 'payload'

/**
 * When an original becomes members-only, its translations must not stay public. Their
 * stored documents are switched at once, at the database level: a Payload update would
 * write a new version and could bury a translator's unpublished draft. (The translation
 * hook also forces `members` on every later save.) Their search entries lose their text.
 */
export const propagateMembersOnly: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (doc.visibility !== 'members' || doc._status !== 'published') return doc
  const updated = await req.payload.db.updateMany({
    collection: 'translations',
    where: {
      and: [
        { 'original.relationTo': { equals: collection.slug } },
        { 'original.value': { equals: doc.id } },
        { visibility: { not_equals: 'members' } },
      ],
    },
    data: { visibility: 'members' },
    select: { id: true },
    req,
  })
  const ids = (updated ?? []).map((translation) => String(translation.id))
  if (ids.length > 0) {
    await req.payload.update({
      collection: 'search',
      where: { and: [{ 'doc.relationTo': { equals: 'translations' } }, { 'doc.value': { in: ids } }] },
      data: { text: '', visibility: 'members' },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
