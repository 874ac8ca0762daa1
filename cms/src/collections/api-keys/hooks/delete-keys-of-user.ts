import type { CollectionBeforeDeleteHook } from 'payload'

/** An account's keys go with it (the key's owner is required, so the row cannot outlive it). */
export const deleteKeysOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'api-keys', where: { owner: { equals: id } }, overrideAccess: true, req })
}
