import { type RevalidateEvent, SIGNATURE_HEADER, signEvent } from '@chasqui/cms-client'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { getEnv } from '../env'
import { liveBefore, readLive } from './live-document'

/**
 * Tells the site what published content changed, so it drops exactly those cache tags
 * (`tagsForEvent` in @chasqui/cms-client). Sent after the save's transaction commits —
 * earlier, the site could refetch the old content — and never awaited by the save:
 * publishing must not fail or wait because the site is down. Failures are logged.
 *
 * Draft saves of a published document change nothing readers see and send nothing.
 */

type Doc = Record<string, unknown> & { id: string; slug?: string | null; _status?: string; number?: number }

type Reference = { collection: string; id: string }

const idOf = (value: unknown) => (typeof value === 'string' ? value : (value as { id?: string } | null)?.id)

/** Documents whose pages show this one: an article's bulletin, a translation's original, evidence's case studies. */
async function relatedOf(collection: string, doc: Doc, req: PayloadRequest): Promise<Reference[]> {
  const related: Reference[] = []
  const bulletin = idOf(doc.bulletin)
  if (collection === 'articles' && bulletin) related.push({ collection: 'bulletins', id: bulletin })
  if (collection === 'translations') {
    const original = doc.original as { relationTo?: string; value?: unknown } | undefined
    const id = idOf(original?.value)
    if (original?.relationTo && id) related.push({ collection: original.relationTo, id })
  }
  if (collection === 'evidence') {
    const studies = await req.payload.find({
      collection: 'case-studies',
      where: { evidence: { contains: doc.id } },
      select: {},
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const study of studies.docs) related.push({ collection: 'case-studies', id: String(study.id) })
  }
  return related
}

export const notifyWebOfChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (req.context.seeding) return doc
  const before = liveBefore(req, collection.slug, doc.id)
  const drafts = Boolean(collection.versions?.drafts)
  // With drafts, what readers see is the published document, whatever this save was.
  const after = drafts ? (doc._status === 'published' ? (doc as Doc) : await readLive(collection.slug, doc.id, req)) : (doc as Doc)
  if (!before && !after) return doc
  // A draft saved beside the published document leaves it as it was.
  if (drafts && before && after && before.updatedAt === after.updatedAt) return doc
  const operation = !before ? 'publish' : !after ? 'unpublish' : 'update'
  const current = (after ?? before) as Doc
  notify(req, {
    kind: 'document',
    operation,
    collection: collection.slug,
    id: String(doc.id),
    slug: current.slug ?? null,
    previousSlug: before?.slug && before.slug !== current.slug ? before.slug : null,
    number: typeof current.number === 'number' ? current.number : null,
    related: await relatedOf(collection.slug, current, req),
  })
  return doc
}

export const notifyWebOfDelete: CollectionAfterDeleteHook = async ({ doc, collection, req }) => {
  if (req.context.seeding) return doc
  notify(req, {
    kind: 'document',
    operation: 'delete',
    collection: collection.slug,
    id: String(doc.id),
    slug: (doc as Doc).slug ?? null,
    number: typeof (doc as Doc).number === 'number' ? (doc as Doc).number : null,
    related: await relatedOf(collection.slug, doc as Doc, req),
  })
  return doc
}

export const notifyWebOfGlobal: GlobalAfterChangeHook = ({ doc, global, req }) => {
  if (req.context.seeding) return doc
  notify(req, { kind: 'global', global: global.slug })
  return doc
}

function notify(req: PayloadRequest, event: RevalidateEvent) {
  const { revalidateSecret, webInternalUrl } = getEnv()
  if (!revalidateSecret) return
  void afterCommit(req)
    .then(async () => {
      const body = JSON.stringify(event)
      const response = await fetch(`${webInternalUrl}/api/revalidate`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SIGNATURE_HEADER]: await signEvent(body, revalidateSecret) },
        body,
        signal: AbortSignal.timeout(5_000),
      })
      if (!response.ok) throw new Error(`the site answered ${response.status}`)
    })
    .catch((error: unknown) => {
      req.payload.logger.warn(
        `Could not tell the site about ${event.kind === 'global' ? event.global : `${event.collection} ${event.id}`}: ${error instanceof Error ? error.message : String(error)}. It will catch up on its next scheduled refresh.`,
      )
    })
}

/** Resolves once the request's transaction (if any) has been committed or rolled back. */
async function afterCommit(req: PayloadRequest, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (req.transactionID && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
