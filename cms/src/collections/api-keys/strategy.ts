import type { AuthStrategy, PayloadRequest } from 'payload'

import { apiKeyFromHeader, hashApiKey, integratorOwner, refusalFor, UNKNOWN_KEY_MESSAGE } from '../../lib/api-keys'

export const API_KEY_STRATEGY = 'integrator-api-key'

/** How stale `lastUsedAt` may get: a write per request would serialize every read on SQLite. */
const LAST_USED_RESOLUTION_MS = 5 * 60 * 1000

const REFUSAL = 'apiKeys:refusal'

/**
 * `Authorization: API-Key chq_…` → the key's owner, acting as an integrator whatever other
 * roles the account has (a key never carries editorial or admin rights). A key that is
 * unknown, revoked or expired is remembered on the request and refused with 401 by
 * `refuseBadApiKey` — a strategy can only say "no user", which would quietly serve the
 * request as anonymous and hide the problem from the integrator.
 */
export const integratorApiKey: AuthStrategy = {
  name: API_KEY_STRATEGY,
  authenticate: async ({ headers, payload, req }) => {
    const key = apiKeyFromHeader(headers.get('Authorization'))
    if (!key) return { user: null }

    const found = await payload.find({
      collection: 'api-keys',
      where: { keyHash: { equals: hashApiKey(key) } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
    })
    const record = found.docs[0]
    const refusal = record ? refusalFor(record) : UNKNOWN_KEY_MESSAGE
    if (!record || refusal) return refuse(req, refusal ?? UNKNOWN_KEY_MESSAGE)

    const owner = await integratorOwner(payload, record.owner)
    if (!owner) {
      return refuse(req, 'The account this API key belongs to is no longer an integrator; ask an admin.')
    }

    const lastUsed = record.lastUsedAt ? new Date(record.lastUsedAt).getTime() : 0
    if (Date.now() - lastUsed > LAST_USED_RESOLUTION_MS) {
      await payload.db.updateOne({
        collection: 'api-keys',
        id: record.id,
        data: { lastUsedAt: new Date().toISOString() },
        returning: false,
      })
    }

    return { user: { ...owner, roles: ['integrator'], collection: 'users', _strategy: API_KEY_STRATEGY } }
  },
}

function refuse(req: PayloadRequest | undefined, message: string) {
  if (req) req.context[REFUSAL] = message
  return { user: null }
}

/** The message for a refused API key on this request, if one was sent. */
export function apiKeyRefusal(req: PayloadRequest): string | null {
  const message = req.context[REFUSAL]
  return typeof message === 'string' ? message : null
}
