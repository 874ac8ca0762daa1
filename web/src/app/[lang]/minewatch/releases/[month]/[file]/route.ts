import { MINEWATCH_TAGS } from '@chasqui/cms-client'
import { MINEWATCH_DATASETS } from '@chasqui/cms-types'

import { getEnv } from '../../../../../../env'
import { getCms, REVALIDATE_SECONDS, siteFetch } from '../../../../../../lib/cms'
import { isMonth } from '../../../../../../lib/minewatch-data'

type Context = { params: Promise<{ lang: string; month: string; file: string }> }

/**
 * A release's downloads: `<dataset>.csv` (the cms's export of the frozen snapshot) and
 * `minewatch.json` (all three datasets). A release never changes, so they cache well.
 */
export async function GET(_request: Request, { params }: Context) {
  const { month, file } = await params
  if (!isMonth(month)) return new Response('Not found', { status: 404 })
  const headers = { 'Cache-Control': 'public, max-age=3600', 'Content-Disposition': `attachment; filename="minewatch-${month}-${file}"` }
  if (file === 'minewatch.json') {
    const snapshot = await (await getCms()).getMinewatchSnapshot(month)
    if (!snapshot) return new Response('Not found', { status: 404 })
    return new Response(JSON.stringify({ release: month, ...snapshot }, null, 2), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
  }
  const dataset = file.replace(/\.csv$/, '')
  if (!file.endsWith('.csv') || !(MINEWATCH_DATASETS as readonly string[]).includes(dataset)) return new Response('Not found', { status: 404 })
  const response = await siteFetch(`${getEnv().cmsUrl}/api/minewatch/export/${dataset}?release=${month}`, {
    cache: 'force-cache',
    next: { tags: MINEWATCH_TAGS, revalidate: REVALIDATE_SECONDS },
  })
  if (!response.ok) return new Response('Not found', { status: response.status === 404 ? 404 : 502 })
  return new Response(await response.text(), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
}
