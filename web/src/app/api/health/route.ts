import { cms } from '../../../lib/cms'

export const dynamic = 'force-dynamic'

/** 200 when the site can reach the CMS (and the CMS its database), 503 otherwise. */
export async function GET() {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const upstream = await cms.health()
    return Response.json({ status: 'ok', service: 'web', cms: upstream.status }, { headers })
  } catch (error) {
    // The reason names internal addresses: log it, do not publish it.
    console.error('Health check: CMS unreachable:', error instanceof Error ? error.message : error)
    return Response.json({ status: 'error', service: 'web', cms: 'unreachable' }, { status: 503, headers })
  }
}
