import type { CollectionBeforeChangeHook } from 'payload'

/** The account made on the first-user screen must be able to manage the others. */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
