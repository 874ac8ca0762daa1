import { cmsFetch, getMemberToken } from '../../../../lib/members/session'

/**
 * A members-only file (the PDF of a members-only report or bulletin), streamed from the
 * cms with the member's session: the session lives in the site's cookie, so a link
 * straight to the cms would be refused even to active members. The cms decides who may
 * have it; nothing here is cached.
 */
export const dynamic = 'force-dynamic'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

function refuse(status: number, message: string): Response {
  return new Response(message, { status, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8' } })
}

export async function GET(_request: Request, { params }: { params: Promise<{ filename: string }> }): Promise<Response> {
  const { filename } = await params
  const token = await getMemberToken()
  if (!token) return refuse(401, 'Log in as a member to download this file.')
  const file = await cmsFetch(`/api/documents/file/${encodeURIComponent(filename)}`, { token })
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
