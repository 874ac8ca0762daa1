import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

export const dynamic = 'force-dynamic'

/** Leaves draft mode and goes back to the page (a site path only, never elsewhere). */
export async function GET(request: Request) {
  ;(await draftMode()).disable()
  const path = new URL(request.url).searchParams.get('path')
  redirect(path && path.startsWith('/') && !path.startsWith('//') ? path : '/')
}
