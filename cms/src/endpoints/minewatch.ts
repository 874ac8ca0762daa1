import { MINEWATCH_DATASETS, type MinewatchDataset, type MinewatchSnapshot } from '@chasqui/cms-types'
import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../access'
import { apiKeyRefusal } from '../collections/api-keys/strategy'
import { isMonth } from '../fields/minewatch'
import { toCsv } from '../lib/minewatch/csv'
import { importCsv } from '../lib/minewatch/import'
import { liveSnapshot } from '../lib/minewatch/snapshot'

const NO_STORE = { 'Cache-Control': 'no-store' }

const problem = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: NO_STORE })

function datasetOf(req: PayloadRequest): MinewatchDataset | null {
  const dataset = String(req.routeParams?.dataset ?? '')
  return (MINEWATCH_DATASETS as readonly string[]).includes(dataset) ? (dataset as MinewatchDataset) : null
}

/**
 * `POST /api/minewatch/import/:dataset[?dryRun=true]` with a CSV body (researchers and
 * admins): see lib/minewatch/import.ts. 200 with the report when applied or a clean dry
 * run; 422 with the same report (nothing changed) when any row has an error.
 */
export const minewatchImport: Endpoint = {
  path: '/minewatch/import/:dataset',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in as a researcher or admin to import MineWatch data.')
    if (!hasRole(req.user, 'admin', 'researcher')) return problem(403, 'Only researchers and admins may import MineWatch data.')
    const dataset = datasetOf(req)
    if (!dataset) return problem(404, `No such dataset; use one of ${MINEWATCH_DATASETS.join(', ')}.`)
    const text = req.text ? await req.text() : ''
    if (!text.trim()) return problem(400, 'Send the CSV as the request body (Content-Type: text/csv).')
    const dryRun = ['1', 'true'].includes(req.searchParams.get('dryRun') ?? '')
    const report = await importCsv(req, dataset, text, dryRun)
    return Response.json(report, { status: report.errors.length > 0 ? 422 : 200, headers: NO_STORE })
  },
}

type Loaded = { snapshot: MinewatchSnapshot; month: string | null } | { error: Response }

/** The live data, or a published release's frozen snapshot when `?release=YYYY-MM` is given. */
async function loadSnapshot(req: PayloadRequest): Promise<Loaded> {
  const month = req.searchParams.get('release')
  if (!month) return { snapshot: await liveSnapshot(req), month: null }
  if (!isMonth(month)) return { error: problem(400, 'release must be a month, YYYY-MM.') }
  const { docs } = await req.payload.find({
    collection: 'minewatch-releases',
    where: { and: [{ month: { equals: month } }, { published: { equals: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    req,
  })
  const release = docs[0]
  if (!release?.snapshot) return { error: problem(404, `No published release for ${month}.`) }
  // Written only by the freezeSnapshot hook, from liveSnapshot: the json field's type is open.
  return { snapshot: release.snapshot as unknown as MinewatchSnapshot, month }
}

/**
 * `GET /api/minewatch/export/:dataset[?release=YYYY-MM]`: the live data, or a published
 * release's frozen snapshot, as CSV. Public, like the data itself.
 */
export const minewatchExport: Endpoint = {
  path: '/minewatch/export/:dataset',
  method: 'get',
  handler: async (req) => {
    const refusal = apiKeyRefusal(req)
    if (refusal) return problem(401, refusal)
    const dataset = datasetOf(req)
    if (!dataset) return problem(404, `No such dataset; use one of ${MINEWATCH_DATASETS.join(', ')}.`)
    const loaded = await loadSnapshot(req)
    if ('error' in loaded) return loaded.error
    const name = `minewatch-${loaded.month ?? 'live'}-${dataset}.csv`
    return new Response(toCsv(dataset, loaded.snapshot), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': loaded.month ? 'public, max-age=3600' : 'no-store',
      },
    })
  },
}

/** `GET /api/minewatch/snapshot[?release=YYYY-MM]`: the same data as JSON (companies, projects, conflicts by slug). */
export const minewatchSnapshot: Endpoint = {
  path: '/minewatch/snapshot',
  method: 'get',
  handler: async (req) => {
    const refusal = apiKeyRefusal(req)
    if (refusal) return problem(401, refusal)
    const loaded = await loadSnapshot(req)
    if ('error' in loaded) return loaded.error
    return Response.json(
      { release: loaded.month, ...loaded.snapshot },
      { headers: { 'Cache-Control': loaded.month ? 'public, max-age=3600' : 'no-store' } },
    )
  },
}
