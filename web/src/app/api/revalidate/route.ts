import { revalidateEventSchema, SIGNATURE_HEADER, tags as cmsTags, tagsForEvent, verifySignature } from '@chasqui/cms-client'
import { revalidateTag } from 'next/cache'

import { getEnv } from '../../../env'
import { clearPageCache } from '../../../lib/page-cache'
import { clearSearchCache } from '../../../lib/search-cache'

export const dynamic = 'force-dynamic'

/** Larger bodies are not events the cms sends. */
const MAX_BODY_BYTES = 64 * 1024

const answer = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The cms's change events: a signed body naming what changed; the site drops exactly
 * the cache tags it affects, so the next visitor gets fresh content. A wrong signature
 * is 401, a malformed body 400, and neither changes anything.
 */
export async function POST(request: Request) {
  const secret = getEnv().revalidateSecret
  if (!secret) return answer(503, { error: 'Revalidation is not configured: set REVALIDATE_SECRET on the site and the cms.' })
  const body = await request.text()
  if (body.length > MAX_BODY_BYTES) return answer(413, { error: 'Event too large.' })
  const verified = await verifySignature(body, request.headers.get(SIGNATURE_HEADER), secret)
  if (!verified.ok) return answer(401, { error: `Refused: ${verified.reason}.` })
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return answer(400, { error: 'The body is not JSON.' })
  }
  const event = revalidateEventSchema.safeParse(json)
  if (!event.success) return answer(400, { error: `Not a change event: ${event.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ')}` })
  const tags = tagsForEvent(event.data)
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  clearPageCache()
  if (tags.includes(cmsTags.search)) clearSearchCache()
  return answer(200, { revalidated: tags })
}
