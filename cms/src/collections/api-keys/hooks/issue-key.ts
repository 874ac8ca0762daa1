import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access'
import { integratorOwner, issueApiKey } from '../../../lib/api-keys'

const PLAINTEXT = 'apiKeys:plaintext'

/**
 * On create, the key is generated here, server-side: only its hash and display prefix are
 * stored, and the plaintext rides in the request context to `returnKeyOnce`, which adds it
 * to the create response. No later read can return it. On update, the key material never
 * changes and a revoked key stays revoked.
 */
export const issueKey: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    // An integrator issues keys for itself; admins (and server code, which has no user) for anyone.
    if (req.user && !hasRole(req.user, 'admin')) data.owner = req.user.id
    if (!(await integratorOwner(req.payload, data.owner, req))) {
      throw new APIError('API keys belong to integrator accounts: choose an owner with the integrator role.', 400, null, true)
    }
    const issued = issueApiKey()
    req.context[PLAINTEXT] = issued.key
    return { ...data, keyHash: issued.hash, prefix: issued.prefix, revoked: false, revokedAt: null, lastUsedAt: null }
  }

  const next = { ...data }
  delete next.keyHash
  delete next.prefix
  if (req.user && !hasRole(req.user, 'admin')) delete next.owner
  if (originalDoc?.revoked) {
    next.revoked = true
    next.revokedAt = originalDoc.revokedAt
  } else if (next.revoked) {
    next.revokedAt = new Date().toISOString()
  }
  return next
}

export const returnKeyOnce: CollectionAfterChangeHook = ({ doc, operation, req }) => {
  const key = req.context[PLAINTEXT]
  if (operation !== 'create' || typeof key !== 'string') return doc
  delete req.context[PLAINTEXT]
  return { ...doc, key }
}
