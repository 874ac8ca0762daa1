import { z } from 'zod'

import { tags } from './tags.js'

/**
 * The event the cms sends to the site when published content changes, and what the site
 * drops from its cache for it. Signed with a shared secret (HMAC-SHA256 over
 * `<timestamp>.<body>`), Stripe-style: `Chasqui-Signature: t=<unix seconds>,v1=<hex>`.
 */

export const SIGNATURE_HEADER = 'chasqui-signature'
/** How old a signed event may be, in seconds, before it is refused (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/** Types whose changes alter the mixed feed and the search results. */
const FEED_TYPES = new Set(['articles', 'bulletins', 'reports', 'case-studies', 'translations', 'pages', 'evidence'])

const reference = z.object({ collection: z.string().min(1).max(64), id: z.string().min(1).max(64) })

export const revalidateEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    operation: z.enum(['publish', 'update', 'unpublish', 'delete']),
    collection: z.string().min(1).max(64),
    id: z.string().min(1).max(64),
    slug: z.string().max(200).nullish(),
    previousSlug: z.string().max(200).nullish(),
    number: z.number().int().nullish(),
    /** Documents whose pages show this one (its bulletin, its original, its case studies). */
    related: z.array(reference).max(100).default([]),
  }),
  z.object({
    kind: z.literal('global'),
    global: z.string().min(1).max(64),
  }),
])

export type RevalidateEvent = z.input<typeof revalidateEventSchema>

/** Exactly the cache tags an event affects. */
export function tagsForEvent(input: z.output<typeof revalidateEventSchema>): string[] {
  if (input.kind === 'global') return [tags.global(input.global)]
  const result = new Set<string>([tags.document(input.collection, input.id), tags.collection(input.collection)])
  for (const slug of [input.slug, input.previousSlug]) if (slug) result.add(tags.slug(input.collection, slug))
  if (input.collection === 'bulletins' && typeof input.number === 'number') result.add(tags.bulletin(input.number))
  if (input.collection === 'redirects') result.add(tags.redirects)
  if (FEED_TYPES.has(input.collection)) {
    result.add(tags.feed)
    result.add(tags.search)
  }
  for (const ref of input.related) result.add(tags.document(ref.collection, ref.id))
  return [...result]
}

export async function hmac(secret: string, message: string): Promise<string> {
  const encoder = new TextEncoder()
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const signature = await crypto.subtle.sign('HMAC', key, encoder.encode(message))
  return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The signature header value for a body, at a given time (seconds since the epoch). */
export async function signEvent(body: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): Promise<string> {
  return `t=${timestamp},v1=${await hmac(secret, `${timestamp}.${body}`)}`
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

/** Checks a signature header against the body, the secret and the clock. Constant-time compare. */
export async function verifySignature(
  body: string,
  header: string | null,
  secret: string,
  now = Math.floor(Date.now() / 1000),
): Promise<VerifyResult> {
  if (!header) return { ok: false, reason: 'missing signature' }
  const parts = Object.fromEntries(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]))
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !parts.v1) return { ok: false, reason: 'malformed signature' }
  if (Math.abs(now - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'signature expired' }
  const expected = await hmac(secret, `${timestamp}.${body}`)
  return sameText(expected, parts.v1) ? { ok: true } : { ok: false, reason: 'bad signature' }
}

/** Compares two strings in time independent of where they differ. */
export function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  let difference = 0
  for (let index = 0; index < a.length; index += 1) difference |= a.charCodeAt(index) ^ b.charCodeAt(index)
  return difference === 0
}
