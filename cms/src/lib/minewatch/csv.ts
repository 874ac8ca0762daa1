import {
  CONFLICT_STATUSES,
  CONFLICT_TYPES,
  LISTINGS,
  MINERALS,
  type MinewatchDataset,
  type MinewatchSnapshot,
  PROJECT_STAGES,
  REGIONS,
  type SnapshotCompany,
  type SnapshotConflict,
  type SnapshotProject,
} from '@chasqui/cms-types'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'

import { isDay, isMonth } from '../../fields/minewatch'

/**
 * MineWatch's spreadsheet format: one CSV per dataset, one row per record, records
 * referring to each other by slug. Lists inside a cell are separated by ";" (owners as
 * `company-slug:share`), sources one per line as `YYYY-MM-DD | URL | title`. Export and
 * import use the same columns, so an exported file imports back as "no changes".
 */

export const COLUMNS = {
  companies: ['slug', 'name', 'listing', 'ticker', 'parent', 'website', 'notes'],
  projects: ['slug', 'name', 'owners', 'region', 'province', 'district', 'minerals', 'stage', 'latitude', 'longitude'],
  conflicts: [
    'slug',
    'title',
    'project',
    'type',
    'status',
    'report_month',
    'first_reported',
    'last_updated',
    'communities',
    'description',
    'sources',
  ],
} as const satisfies Record<MinewatchDataset, readonly string[]>

export type Row<D extends MinewatchDataset> = MinewatchSnapshot[D][number]

export type RowError = { line: number | null; slug?: string; message: string }

const list = (values: readonly string[]) => values.join('; ')
const split = (cell: string) =>
  cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
const number = (value: number | null) => (value === null ? '' : String(value))

function toCells(dataset: MinewatchDataset, row: SnapshotCompany | SnapshotProject | SnapshotConflict): string[] {
  if (dataset === 'companies') {
    const r = row as SnapshotCompany
    return [r.slug, r.name, r.listing, r.ticker, r.parent, r.website, r.notes]
  }
  if (dataset === 'projects') {
    const r = row as SnapshotProject
    const owners = r.owners.map((owner) => (owner.share === null ? owner.company : `${owner.company}:${owner.share}`))
    return [r.slug, r.name, list(owners), r.region, r.province, r.district, list(r.minerals), r.stage, number(r.latitude), number(r.longitude)]
  }
  const r = row as SnapshotConflict
  const sources = r.sources.map((source) => `${source.date} | ${source.url} | ${source.title}`).join('\n')
  return [r.slug, r.title, r.project, r.type, r.status, r.reportMonth, r.firstReported, r.lastUpdated, list(r.communities), r.description, sources]
}

/** One dataset of a snapshot as CSV, with a header row. */
export function toCsv(dataset: MinewatchDataset, snapshot: MinewatchSnapshot): string {
  const rows = (snapshot[dataset] as (SnapshotCompany | SnapshotProject | SnapshotConflict)[]).map((row) => toCells(dataset, row))
  return stringify([[...COLUMNS[dataset]], ...rows])
}

const PROJECT_REGIONS = REGIONS.filter(
  (option): option is Extract<(typeof REGIONS)[number], { value: SnapshotProject['region'] }> => option.value !== 'national',
)

/** Accepts a select's value (`la_libertad`) or its label (`La Libertad`), any case. */
function choice<T extends string>(options: readonly { value: T; label: string }[], cell: string): T | undefined {
  const wanted = cell.trim().toLowerCase()
  return options.find((option) => option.value === wanted || option.label.toLowerCase() === wanted)?.value
}

type Parsed<D extends MinewatchDataset> = { rows: { line: number; row: Row<D> }[]; errors: RowError[] }

/**
 * Reads a dataset's CSV. `known` holds the slugs a row may refer to (companies for
 * projects, projects for conflicts). Every problem is reported with its line; rows with
 * problems are left out of `rows`.
 */
export function parseCsv<D extends MinewatchDataset>(dataset: D, text: string, known: Set<string> = new Set()): Parsed<D> {
  const errors: RowError[] = []
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(text, { columns: true, info: true, skip_empty_lines: true, trim: false, bom: true }) as typeof records
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null
    return { rows: [], errors: [{ line, message: `Not readable as CSV: ${(error as Error).message}` }] }
  }
  const header = records[0] ? Object.keys(records[0].record) : []
  const missing = COLUMNS[dataset].filter((column) => records.length > 0 && !header.includes(column))
  if (missing.length > 0) return { rows: [], errors: [{ line: 1, message: `Missing column(s): ${missing.join(', ')}.` }] }

  const rows: Parsed<D>['rows'] = []
  const seen = new Map<string, number>()
  let previousEnd = 1
  for (const { record, info } of records) {
    const line = previousEnd + 1
    previousEnd = info.lines
    const problems: string[] = []
    const cell = (name: string) => (record[name] ?? '').trim()
    const slug = cell('slug')
    if (!slug) problems.push('slug is empty')
    else if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) problems.push(`slug "${slug}" may hold only lower-case letters, digits and hyphens`)
    else if (seen.has(slug)) problems.push(`slug "${slug}" is used twice (also on line ${seen.get(slug)})`)
    if (slug) seen.set(slug, line)
    const required = (name: string) => {
      if (!cell(name)) problems.push(`${name} is empty`)
      return cell(name)
    }
    const day = (name: string) => {
      const value = required(name)
      if (value && !isDay(value)) problems.push(`bad date in ${name}: "${value}" (expected YYYY-MM-DD)`)
      return value
    }
    const coordinate = (name: string) => {
      const value = cell(name)
      if (!value) return null
      const parsed = Number(value)
      if (!Number.isFinite(parsed)) problems.push(`${name} "${value}" is not a number`)
      return parsed
    }

    let row: Row<MinewatchDataset>
    if (dataset === 'companies') {
      const listing = choice(LISTINGS, cell('listing'))
      if (!listing) problems.push(`unknown listing "${cell('listing')}" (expected ${LISTINGS.map((option) => option.value).join(', ')})`)
      row = {
        slug,
        name: required('name'),
        listing: listing ?? 'other',
        ticker: cell('ticker'),
        parent: cell('parent'),
        website: cell('website'),
        notes: cell('notes'),
      } satisfies SnapshotCompany
    } else if (dataset === 'projects') {
      const region = choice(PROJECT_REGIONS, cell('region'))
      if (!region) problems.push(`unknown region "${cell('region')}"`)
      const owners = split(cell('owners')).map((part) => {
        const [company = '', share] = part.split(':').map((piece) => piece.trim())
        if (!known.has(company)) problems.push(`missing company "${company}" (no company has that slug)`)
        const value = share === undefined || share === '' ? null : Number(share)
        if (value !== null && !(Number.isFinite(value) && value >= 0 && value <= 100)) problems.push(`share "${share}" of ${company} is not a percentage`)
        return { company, share: value }
      })
      if (owners.length === 0) problems.push('owners is empty (give at least the operating company)')
      const minerals = split(cell('minerals')).map((part) => {
        const mineral = choice(MINERALS, part)
        if (!mineral) problems.push(`unknown mineral "${part}"`)
        return mineral ?? 'copper'
      })
      if (minerals.length === 0) problems.push('minerals is empty')
      const stage = choice(PROJECT_STAGES, cell('stage'))
      if (!stage) problems.push(`unknown stage "${cell('stage')}"`)
      row = {
        slug,
        name: required('name'),
        owners,
        region: region ?? 'lima',
        province: cell('province'),
        district: cell('district'),
        minerals,
        stage: stage ?? 'exploration',
        latitude: coordinate('latitude'),
        longitude: coordinate('longitude'),
      } satisfies SnapshotProject
    } else {
      const project = required('project')
      if (project && !known.has(project)) problems.push(`missing project "${project}" (no project has that slug)`)
      const type = choice(CONFLICT_TYPES, cell('type'))
      if (!type) problems.push(`unknown conflict type "${cell('type')}"`)
      const status = choice(CONFLICT_STATUSES, cell('status'))
      if (!status) problems.push(`unknown status "${cell('status')}" (expected active, latent, resolved or retired)`)
      const reportMonth = required('report_month')
      if (reportMonth && !isMonth(reportMonth)) problems.push(`bad month in report_month: "${reportMonth}" (expected YYYY-MM)`)
      const sources = cell('sources')
        .split(/\r?\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => {
          const [date = '', url = '', ...title] = part.split('|').map((piece) => piece.trim())
          if (!isDay(date)) problems.push(`bad date in sources: "${date}" (expected YYYY-MM-DD | URL | title)`)
          if (!/^https?:\/\//.test(url)) problems.push(`source URL "${url}" does not start with http:// or https://`)
          return { date, url, title: title.join(' | ') || url }
        })
      row = {
        slug,
        title: required('title'),
        project,
        communities: split(cell('communities')),
        type: type ?? 'other',
        status: status ?? 'active',
        reportMonth,
        firstReported: day('first_reported'),
        lastUpdated: day('last_updated'),
        description: required('description'),
        sources,
      } satisfies SnapshotConflict
    }
    if (problems.length > 0) errors.push({ line, slug: slug || undefined, message: problems.join('; ') })
    else rows.push({ line, row: row as Row<D> })
  }
  return { rows, errors }
}
