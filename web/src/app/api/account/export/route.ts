import { NextResponse } from 'next/server'

import { cmsFetch, getMemberToken } from '../../../../lib/members/session'

export const dynamic = 'force-dynamic'

/** The signed-in member's data as a JSON download, fetched from the cms with their session. */
export async function GET(): Promise<Response> {
  const token = await getMemberToken()
  if (!token) return NextResponse.json({ error: 'Log in first.' }, { status: 401, headers: { 'Cache-Control': 'private, no-store' } })
  const response = await cmsFetch('/api/members/me/export', { token })
  return new Response(response.body, {
    status: response.status,
    headers: {
      'Content-Type': response.headers.get('content-type') ?? 'application/json',
      'Content-Disposition': response.headers.get('content-disposition') ?? 'attachment; filename="membership-data.json"',
      'Cache-Control': 'private, no-store',
    },
  })
}
