import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { findOne } from '../lib/find-one'

/**
 * What readers saw before this save: the published document, kept in the request context
 * by a before-change hook for after-change hooks (redirects, site notifications).
 *
 * Needed because with drafts the `originalDoc`/`previousDoc` hooks receive is the latest
 * *version*, often an autosaved draft that already holds the change being published.
 */
export type LiveDocument = Record<string, unknown> & { id: string; _status?: string; slug?: string | null }

const key = (collection: string, id: string | number) => `liveDocument:${collection}:${id}`

export const captureLiveDocument: CollectionBeforeChangeHook = async ({ data, originalDoc, collection, req }) => {
  if (!originalDoc?.id) return data
  const live = await readLive(collection.slug, originalDoc.id, req)
  // Written after the read: a nested Local API call replaces `req.context` with a copy, so
  // a key set before it would be left behind on the old object. Later copies keep it.
  req.context[key(collection.slug, originalDoc.id)] = live
  return data
}

export function liveBefore(req: PayloadRequest, collection: string, id: string | number): LiveDocument | null {
  return (req.context[key(collection, id)] as LiveDocument | null | undefined) ?? null
}

/** The published document now (inside the save's transaction, so it sees the save). */
export async function readLive(collection: string, id: string | number, req: PayloadRequest): Promise<LiveDocument | null> {
  const doc = await findOne<LiveDocument>(req, collection, id)
  return doc && doc._status !== 'draft' ? doc : null
}
