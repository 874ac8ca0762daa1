import { verifyPreview } from '@chasqui/cms-client'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { getEnv } from '../../../env'

export const dynamic = 'force-dynamic'

/**
 * Draft preview: the admin gives staff a short-lived link signed with PREVIEW_SECRET;
 * a valid one turns on draft mode for this browser and opens the page with its drafts.
 */
export async function GET(request: Request) {
  const { previewSecret, previewApiKey } = getEnv()
  if (!previewSecret || !previewApiKey)
    return new Response('Preview is not configured: set PREVIEW_SECRET and PREVIEW_API_KEY.', { status: 503, headers: { 'Cache-Control': 'no-store' } })
  const query = new URL(request.url).searchParams
  const verified = await verifyPreview({ path: query.get('path'), expires: query.get('expires'), signature: query.get('signature') }, previewSecret)
  if (!verified.ok) return new Response(`Preview refused: ${verified.reason}.`, { status: 401, headers: { 'Cache-Control': 'no-store' } })
  ;(await draftMode()).enable()
  redirect(verified.path)
}
