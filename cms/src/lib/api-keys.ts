import { createHash, randomBytes } from 'node:crypto'

import type { User } from '@chasqui/cms-types'
import type { Payload, PayloadRequest } from 'payload'

/**
 * Integrator API keys: `chq_` followed by 43 base64url characters (32 random bytes).
 * Only a SHA-256 hash is stored; the key is high-entropy, so a plain hash (no salt, no
 * slow KDF) is enough and lets a request be matched with one indexed lookup. The first
 * twelve characters are kept in clear so people can tell their keys apart.
 */
export const API_KEY_PREFIX = 'chq_'
/**
 * `Authorization: API-Key chq_…`. Not `Bearer`: Payload reads a Bearer token as a JWT in
 * places (`/api/users/me` decodes it and fails with 500).
 */
export const API_KEY_SCHEME = 'API-Key'
const DISPLAY_PREFIX_LENGTH = 12

export type IssuedKey = { key: string; prefix: string; hash: string }

export function issueApiKey(): IssuedKey {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, DISPLAY_PREFIX_LENGTH), hash: hashApiKey(key) }
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}

/** The key in `Authorization: API-Key chq_…`, or null when the header carries something else. */
export function apiKeyFromHeader(header: string | null): string | null {
  if (!header) return null
  const match = /^API-Key\s+(\S+)\s*$/i.exec(header)
  const token = match?.[1]
  return token?.startsWith(API_KEY_PREFIX) ? token : null
}

export type KeyState = { revoked?: boolean | null; revokedAt?: string | null; expiresAt?: string | null }

/** Why a stored key may not be used now, or null when it may. */
export function refusalFor(key: KeyState, now: Date = new Date()): string | null {
  if (key.revoked) {
    return `This API key was revoked${key.revokedAt ? ` on ${key.revokedAt}` : ''}; ask an admin for a new one.`
  }
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) {
    return `This API key expired on ${key.expiresAt}; ask an admin for a new one.`
  }
  return null
}

export const UNKNOWN_KEY_MESSAGE = 'This API key is not recognised. Check that it was copied whole.'

/**
 * The account a key belongs to (`owner`: an id or the populated user), when it is an
 * integrator's; null otherwise. Keys are issued only to integrators and work only while
 * their owner still is one. Access control is off: this decides who the caller is.
 */
export async function integratorOwner(payload: Payload, owner: unknown, req?: PayloadRequest): Promise<User | null> {
  const id = typeof owner === 'object' && owner !== null ? (owner as { id?: unknown }).id : owner
  if (typeof id !== 'string') return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    ...(req && { req }),
  })
  const user = docs[0]
  return user && (user.roles ?? []).includes('integrator') ? user : null
}
