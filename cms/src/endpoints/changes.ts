import { SYNCED_COLLECTIONS, type SyncedCollection } from '@chasqui/cms-types'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { apiKeyRefusal } from '../collections/api-keys/strategy'
import { type ChangePosition, comparePositions, decodeCursor, encodeCursor } from '../lib/change-cursor'

export const CHANGES_DEFAULT_LIMIT = 50
export const CHANGES_MAX_LIMIT = 100
const TOMBSTONES = 'tombstones'

type Change =
  | { kind: 'upsert'; collection: SyncedCollection; id: string; updatedAt: string; doc: Record<string, unknown> }
  | { kind: 'delete'; collection: SyncedCollection; id: string; updatedAt: string; reason: string }

type Candidate = { position: ChangePosition; change: Change }

/**
 * `GET /api/changes?since=<ISO>&limit=&after=<cursor>`: what changed in the synced
 * collections, oldest first — upserts (documents as the caller may read them: published,
 * public fields only for visitors and integrators) and deletes (tombstones). A mirror
 * stores `nextCursor` and asks again with `after=` until `hasMore` is false; see docs/api.md.
 *
 * Keyset pagination per stream (each collection, and the tombstones) on
 * (time, stream, id), merged: stable under concurrent writes and never skips a change
 * that shares a millisecond with the page boundary.
 */
export const changes: Endpoint = {
  path: '/changes',
  method: 'get',
  handler: async (req) => {
    const headers = { 'Cache-Control': 'no-store' }
    const refusal = apiKeyRefusal(req)
    if (refusal) return Response.json({ errors: [{ message: refusal }] }, { status: 401, headers })

    const parsed = parseQuery(req.searchParams)
    if ('error' in parsed) return Response.json({ errors: [{ message: parsed.error }] }, { status: 400, headers })
    const { position, limit, depth } = parsed

    const streams = await Promise.all([
      ...SYNCED_COLLECTIONS.map((collection) => upserts(req, collection, position, limit + 1, depth)),
      deletes(req, position, limit + 1),
    ])
    const merged = streams
      .flat()
      .filter((candidate) => comparePositions(candidate.position, position) > 0)
      .sort((a, b) => comparePositions(a.position, b.position))
    const page = merged.slice(0, limit)
    const last = page.at(-1)?.position ?? position
    return Response.json(
      { changes: page.map((candidate) => candidate.change), nextCursor: encodeCursor(last), hasMore: merged.length > limit },
      { headers },
    )
  },
}

type Query = { position: ChangePosition; limit: number; depth: number }

function parseQuery(params: URLSearchParams): Query | { error: string } {
  const limitParam = params.get('limit')
  const limit = limitParam === null ? CHANGES_DEFAULT_LIMIT : Number(limitParam)
  if (!Number.isInteger(limit) || limit < 1 || limit > CHANGES_MAX_LIMIT) {
    return { error: `limit must be a whole number from 1 to ${CHANGES_MAX_LIMIT}.` }
  }
  const depthParam = params.get('depth')
  const depth = depthParam === null ? 0 : Number(depthParam)
  if (depth !== 0 && depth !== 1) return { error: 'depth must be 0 or 1.' }

  const after = params.get('after')
  if (after) {
    const position = decodeCursor(after)
    if (!position) return { error: 'after is not a cursor this API issued; pass the nextCursor of a previous response.' }
    return { position, limit, depth }
  }
  const since = params.get('since')
  if (since === null) return { position: { time: new Date(0).toISOString(), stream: '', id: '' }, limit, depth }
  const time = Date.parse(since)
  if (Number.isNaN(time)) return { error: 'since must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z.' }
  // An empty stream name sorts before every stream: `since` includes its own instant.
  return { position: { time: new Date(time).toISOString(), stream: '', id: '' }, limit, depth }
}

/** The keyset condition for one stream: strictly after `position` in feed order. */
function after(stream: string, position: ChangePosition, timeField: string): Where {
  if (stream > position.stream) return { [timeField]: { greater_than_equal: position.time } }
  if (stream < position.stream) return { [timeField]: { greater_than: position.time } }
  return {
    or: [
      { [timeField]: { greater_than: position.time } },
      { and: [{ [timeField]: { equals: position.time } }, { id: { greater_than: position.id } }] },
    ],
  }
}

async function upserts(
  req: PayloadRequest,
  collection: SyncedCollection,
  position: ChangePosition,
  limit: number,
  depth: number,
): Promise<Candidate[]> {
  const drafts = Boolean(req.payload.collections[collection].config.versions?.drafts)
  const result = await req.payload.find({
    collection,
    // Published documents only, whoever asks: a mirror is of the public site.
    where: drafts ? { and: [after(collection, position, 'updatedAt'), { _status: { equals: 'published' } }] } : after(collection, position, 'updatedAt'),
    sort: ['updatedAt', 'id'],
    limit,
    pagination: false,
    depth,
    draft: false,
    locale: req.locale ?? undefined,
    overrideAccess: false,
    req,
  })
  return result.docs.map((doc) => {
    const id = String(doc.id)
    const updatedAt = String(doc.updatedAt)
    return {
      position: { time: updatedAt, stream: collection, id },
      change: { kind: 'upsert', collection, id, updatedAt, doc: doc as unknown as Record<string, unknown> }, // a collection's generated type has no index signature; the feed carries any collection's document
    }
  })
}

async function deletes(req: PayloadRequest, position: ChangePosition, limit: number): Promise<Candidate[]> {
  // Tombstones hold only ids of documents that were public: everyone may read them here.
  const result = await req.payload.find({
    collection: 'tombstones',
    where: after(TOMBSTONES, position, 'createdAt'),
    sort: ['createdAt', 'id'],
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return result.docs.map((tombstone) => ({
    position: { time: tombstone.createdAt, stream: TOMBSTONES, id: String(tombstone.id) },
    change: {
      kind: 'delete',
      collection: tombstone.docCollection,
      id: tombstone.docId,
      updatedAt: tombstone.createdAt,
      reason: tombstone.reason,
    },
  }))
}
