import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

const STATUSES = ['draft', 'published']

/**
 * Refuses a save whose `_status` is neither "draft" nor "published". Payload's REST API
 * stored whatever string it was sent (GraphQL's enum refuses it at the schema): such a
 * document is neither published nor a draft, so it silently disappeared from the site
 * while the request answered 200. Now the request answers 400 and nothing is saved.
 */
export const rejectUnknownStatus: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const status: unknown = data?._status
  if (!collection.versions?.drafts || status === undefined || status === null || STATUSES.includes(String(status))) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: [{ path: '_status', message: `_status must be "draft" or "published", not ${JSON.stringify(status)}.` }],
    req,
  })
}
