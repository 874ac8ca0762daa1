import type { MinewatchDataset, SnapshotCompany, SnapshotConflict, SnapshotProject } from '@chasqui/cms-types'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { parseCsv, type Row, type RowError } from './csv'
import { liveSnapshot } from './snapshot'

export type ImportReport = {
  dataset: MinewatchDataset
  dryRun: boolean
  /** True only when the changes were committed. */
  applied: boolean
  created: string[]
  changed: string[]
  removed: string[]
  unchanged: number
  errors: RowError[]
}

type Ids = { companies: Map<string, string>; projects: Map<string, string>; own: Map<string, string> }

async function slugIds(req: PayloadRequest, collection: MinewatchDataset): Promise<Map<string, string>> {
  const { docs } = await req.payload.find({ collection, depth: 0, pagination: false, select: { slug: true }, overrideAccess: true, req })
  return new Map(docs.map((doc) => [String(doc.slug), String(doc.id)]))
}

function toData(dataset: MinewatchDataset, row: Row<MinewatchDataset>, ids: Ids): Record<string, unknown> {
  if (dataset === 'companies') return { ...(row as SnapshotCompany) }
  if (dataset === 'projects') {
    const project = row as SnapshotProject
    return { ...project, owners: project.owners.map((owner) => ({ company: ids.companies.get(owner.company), share: owner.share })) }
  }
  const conflict = row as SnapshotConflict
  return {
    ...conflict,
    project: ids.projects.get(conflict.project),
    communities: conflict.communities.map((name) => ({ name })),
  }
}

/** Records that still point at a record the import would remove. */
async function stillReferenced(req: PayloadRequest, dataset: MinewatchDataset, removed: string[]): Promise<RowError[]> {
  if (removed.length === 0 || dataset === 'conflicts') return []
  const live = await liveSnapshot(req)
  const errors: RowError[] = []
  for (const slug of removed) {
    const users =
      dataset === 'companies'
        ? live.projects.filter((project) => project.owners.some((owner) => owner.company === slug)).map((project) => `project "${project.slug}"`)
        : live.conflicts.filter((conflict) => conflict.project === slug).map((conflict) => `conflict "${conflict.slug}"`)
    if (users.length > 0) {
      errors.push({ line: null, slug, message: `cannot remove "${slug}": ${users.join(', ')} still refer(s) to it (missing from the file, so it would be removed)` })
    }
  }
  return errors
}

/**
 * Brings one dataset in line with a CSV: rows with a new slug are created, rows that
 * differ are updated, records missing from the file are removed. Everything runs in one
 * database transaction; a dry run, or any error (while reading the file or while
 * saving), rolls it back, so the data changes entirely or not at all. A dry run saves
 * too before rolling back, so it also reports what only saving would catch.
 */
export async function importCsv(req: PayloadRequest, dataset: MinewatchDataset, text: string, dryRun: boolean): Promise<ImportReport> {
  const report: ImportReport = { dataset, dryRun, applied: false, created: [], changed: [], removed: [], unchanged: 0, errors: [] }
  const ids: Ids = {
    companies: await slugIds(req, 'companies'),
    projects: await slugIds(req, 'projects'),
    own: await slugIds(req, dataset),
  }
  const known = dataset === 'projects' ? new Set(ids.companies.keys()) : dataset === 'conflicts' ? new Set(ids.projects.keys()) : new Set<string>()

  const parsed = parseCsv(dataset, text, known)
  report.errors.push(...parsed.errors)
  const current = new Map<string, Row<MinewatchDataset>>(
    ((await liveSnapshot(req))[dataset] as Row<MinewatchDataset>[]).map((row) => [row.slug, row]),
  )
  const incoming = new Set(parsed.rows.map(({ row }) => row.slug))
  const writes: { line: number; slug: string; id?: string; data: Record<string, unknown> }[] = []
  for (const { line, row } of parsed.rows) {
    const before = current.get(row.slug)
    if (!before) {
      report.created.push(row.slug)
      writes.push({ line, slug: row.slug, data: toData(dataset, row, ids) })
    } else if (JSON.stringify(before) !== JSON.stringify(row)) {
      report.changed.push(row.slug)
      writes.push({ line, slug: row.slug, id: ids.own.get(row.slug), data: toData(dataset, row, ids) })
    } else {
      report.unchanged += 1
    }
  }
  // A row with an error is neither kept nor removed: its slug is simply not judged.
  const withErrors = new Set(parsed.errors.map((error) => error.slug).filter(Boolean))
  report.removed = [...current.keys()].filter((slug) => !incoming.has(slug) && !withErrors.has(slug))
  report.errors.push(...(await stillReferenced(req, dataset, report.removed)))
  if (report.errors.length > 0) return report

  // All or nothing needs a transaction of our own (SQLite here; MongoDB only as a replica set).
  if (!(await initTransaction(req))) {
    report.errors.push({ line: null, message: 'This database cannot run the import as one transaction, so nothing was changed.' })
    return report
  }
  let failed = false
  try {
    for (const write of writes) {
      try {
        if (write.id) await req.payload.update({ collection: dataset, id: write.id, data: write.data, depth: 0, overrideAccess: false, req })
        // The row was checked against the dataset's columns by parseCsv; Payload validates it again here.
        else await req.payload.create({ collection: dataset, data: write.data, depth: 0, overrideAccess: false, req } as Parameters<typeof req.payload.create>[0])
      } catch (error) {
        report.errors.push({ line: write.line, slug: write.slug, message: messageOf(error) })
        // Payload rolls back the request's transaction on a failed operation: stop here.
        failed = true
        break
      }
    }
    if (!failed) {
      for (const slug of report.removed) {
        const id = ids.own.get(slug)
        if (id) await req.payload.delete({ collection: dataset, id, depth: 0, overrideAccess: false, req })
      }
    }
  } catch (error) {
    report.errors.push({ line: null, message: messageOf(error) })
    failed = true
  }
  if (failed || dryRun) {
    await killTransaction(req)
  } else {
    await commitTransaction(req)
    report.applied = true
  }
  return report
}

function messageOf(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const details = data?.errors?.map((detail) => `${detail.path ?? ''}: ${detail.message ?? ''}`).join('; ')
  return details ? `${(error as Error).message} (${details})` : (error as Error).message
}
