import { authorization } from '@chasqui/cms-client'
import { draftMode } from 'next/headers'

import { getEnv } from '../../../../env'
import { cmsFetch, getMemberToken } from '../../../../lib/members/session'

/**
 * A members-only file (the PDF of a members-only report or bulletin), streamed from the
 * cms with the member's session: the session lives in the site's cookie, so a link
 * straight to the cms would be refused even to active members. Staff previewing the
 * report on the site (draft mode, which only a signed preview link turns on) get it with
 * the site's preview key, as they get the report's body. The cms decides who may have
 * it; nothing here is cached.
 */
export const dynamic = 'force-dynamic'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } })
}

export async function GET(_request: Request, { params }: { params: Promise<{ filename: string }> }): Promise<Response> {
  const { filename } = await params
  const reader = await readerCredentials()
  if (!reader) return refuse(401, 'Log in as a member to download this file.')
  const file = await cmsFetch(`/api/documents/file/${encodeURIComponent(filename)}`, reader)
  if (file.status === 403) return refuse(403, 'This file is for members whose membership is active.')
  if (!file.ok || !file.body) return refuse(404, 'File not found.')
  return new Response(file.body, {
    headers: {
      ...PRIVATE,
      'Content-Type': file.headers.get('content-type') ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"`,
    },
  })
}

/** Whose right to the file the cms checks: the member's session, else the preview key in draft mode. */
async function readerCredentials(): Promise<{ token: string } | { headers: HeadersInit } | null> {
  const token = await getMemberToken()
  if (token) return { token }
  const { previewApiKey } = getEnv()
  if (previewApiKey && (await draftMode()).isEnabled) return { headers: { Authorization: authorization(previewApiKey) } }
  return null
}
