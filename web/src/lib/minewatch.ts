import {
  CONFLICT_STATUSES,
  type ConflictStatus,
  LISTINGS,
  type Listing,
  MINERALS,
  type Mineral,
  type MinewatchSnapshot,
  OPEN_CONFLICT_STATUSES,
  PROJECT_STAGES,
  type ProjectStage,
  REGIONS,
  type SnapshotConflict,
} from '@chasqui/cms-types'

/**
 * MineWatch figures, table rows, filters and release comparisons, computed from a
 * snapshot (a release's frozen data, or the live data). Pure: no fetching, no React.
 */

export type Headline = {
  firms: number
  firmsInConflict: number
  /** Whole per cent of firms with at least one project in an open (active or latent) conflict. */
  share: number
  byListing: { listing: Listing; firms: number; firmsInConflict: number }[]
}

const isOpen = (conflict: SnapshotConflict) => OPEN_CONFLICT_STATUSES.includes(conflict.status)

export function headline(snapshot: MinewatchSnapshot): Headline {
  const projectsInConflict = new Set(snapshot.conflicts.filter(isOpen).map((conflict) => conflict.project))
  const firmsInConflict = new Set(
    snapshot.projects.filter((project) => projectsInConflict.has(project.slug)).flatMap((project) => project.owners.map((owner) => owner.company)),
  )
  const firms = snapshot.companies.length
  return {
    firms,
    firmsInConflict: firmsInConflict.size,
    share: firms === 0 ? 0 : Math.round((firmsInConflict.size / firms) * 100),
    byListing: LISTINGS.map(({ value }) => {
      const companies = snapshot.companies.filter((company) => company.listing === value)
      return { listing: value, firms: companies.length, firmsInConflict: companies.filter((company) => firmsInConflict.has(company.slug)).length }
    }),
  }
}

/** The most pressing status among a project's conflicts, in the Defensoría's order. */
const STATUS_ORDER: ConflictStatus[] = CONFLICT_STATUSES.map(({ value }) => value)

export type TableRow = {
  company: string
  companyName: string
  listing: Listing
  project: string
  projectName: string
  region: string
  minerals: Mineral[]
  stage: ProjectStage
  status: ConflictStatus | null
}

/** One row per project and owner, so each firm's exposure reads on its own line. */
export function tableRows(snapshot: MinewatchSnapshot): TableRow[] {
  const companies = new Map(snapshot.companies.map((company) => [company.slug, company]))
  return snapshot.projects.flatMap((project) => {
    const statuses = snapshot.conflicts.filter((conflict) => conflict.project === project.slug).map((conflict) => conflict.status)
    const status = STATUS_ORDER.find((candidate) => statuses.includes(candidate)) ?? null
    return project.owners.map((owner) => {
      const company = companies.get(owner.company)
      return {
        company: owner.company,
        companyName: company?.name ?? owner.company,
        listing: company?.listing ?? 'other',
        project: project.slug,
        projectName: project.name,
        region: project.region,
        minerals: project.minerals,
        stage: project.stage,
        status,
      }
    })
  })
}

export const SORT_KEYS = ['company', 'listing', 'project', 'region', 'mineral', 'stage', 'status'] as const
export type SortKey = (typeof SORT_KEYS)[number]

export type TableQuery = {
  q: string
  listing?: Listing
  region?: string
  mineral?: Mineral
  stage?: ProjectStage
  status?: ConflictStatus | 'none'
  sort: SortKey
  dir: 'asc' | 'desc'
}

type Raw = Record<string, string | string[] | undefined>

const one = (raw: Raw, key: string) => {
  const value = raw[key]
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? ''
}

function pick<T extends string>(values: readonly { value: T }[], value: string): T | undefined {
  return values.find((option) => option.value === value)?.value
}

/** The table's filters and order from the query string; anything not understood is dropped. */
export function parseTableQuery(raw: Raw): TableQuery {
  const sort = one(raw, 'sort')
  const status = one(raw, 'status')
  return {
    q: one(raw, 'q').slice(0, 100),
    listing: pick(LISTINGS, one(raw, 'listing')),
    region: pick(REGIONS, one(raw, 'region')),
    mineral: pick(MINERALS, one(raw, 'mineral')),
    stage: pick(PROJECT_STAGES, one(raw, 'stage')),
    status: status === 'none' ? 'none' : pick(CONFLICT_STATUSES, status),
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'company',
    dir: one(raw, 'dir') === 'desc' ? 'desc' : 'asc',
  }
}

/** The query string for a table state (only what differs from the defaults). */
export function tableQueryString(query: TableQuery): string {
  const params = new URLSearchParams()
  if (query.q) params.set('q', query.q)
  for (const key of ['listing', 'region', 'mineral', 'stage', 'status'] as const) {
    const value = query[key]
    if (value) params.set(key, value)
  }
  if (query.sort !== 'company') params.set('sort', query.sort)
  if (query.dir !== 'asc') params.set('dir', query.dir)
  const text = params.toString()
  return text ? `?${text}` : ''
}

const sortValue = (row: TableRow, key: SortKey, label: (key: SortKey, row: TableRow) => string): string | number => {
  if (key === 'status') return row.status === null ? STATUS_ORDER.length : STATUS_ORDER.indexOf(row.status)
  return label(key, row)
}

/** Filters and sorts rows; `label` gives the text a column is sorted by (names in the reader's language). */
export function filterRows(rows: TableRow[], query: TableQuery, label: (key: SortKey, row: TableRow) => string): TableRow[] {
  const needle = query.q.toLocaleLowerCase()
  const kept = rows.filter(
    (row) =>
      (!needle || row.companyName.toLocaleLowerCase().includes(needle) || row.projectName.toLocaleLowerCase().includes(needle)) &&
      (!query.listing || row.listing === query.listing) &&
      (!query.region || row.region === query.region) &&
      (!query.mineral || row.minerals.includes(query.mineral)) &&
      (!query.stage || row.stage === query.stage) &&
      (!query.status || (query.status === 'none' ? row.status === null : row.status === query.status)),
  )
  const direction = query.dir === 'desc' ? -1 : 1
  return kept.sort((a, b) => {
    const x = sortValue(a, query.sort, label)
    const y = sortValue(b, query.sort, label)
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))
    return order * direction || a.companyName.localeCompare(b.companyName) || a.projectName.localeCompare(b.projectName)
  })
}

export type Count<K extends string> = { key: K; count: number }

/** Open conflicts per region (every region, zeros included, for the map and its table). */
export function conflictsByRegion(snapshot: MinewatchSnapshot): Count<string>[] {
  const regionOf = new Map(snapshot.projects.map((project) => [project.slug, project.region]))
  return REGIONS.filter(({ value }) => value !== 'national').map(({ value }) => ({
    key: value,
    count: snapshot.conflicts.filter((conflict) => isOpen(conflict) && regionOf.get(conflict.project) === value).length,
  }))
}

/** Open conflicts per mineral (a conflict at a copper-gold mine counts for both). */
export function conflictsByMineral(snapshot: MinewatchSnapshot): Count<Mineral>[] {
  const mineralsOf = new Map(snapshot.projects.map((project) => [project.slug, project.minerals]))
  return MINERALS.map(({ value }) => ({
    key: value,
    count: snapshot.conflicts.filter((conflict) => isOpen(conflict) && (mineralsOf.get(conflict.project) ?? []).includes(value)).length,
  })).filter((entry) => entry.count > 0)
}

export const openConflicts = (snapshot: MinewatchSnapshot) => snapshot.conflicts.filter(isOpen).length

export type ReleaseDiff = {
  added: SnapshotConflict[]
  resolved: SnapshotConflict[]
  updated: SnapshotConflict[]
  removed: SnapshotConflict[]
}

const CLOSED: ConflictStatus[] = ['resolved', 'retired']

/** What changed in the conflicts between two releases. */
export function diffReleases(previous: MinewatchSnapshot, current: MinewatchSnapshot): ReleaseDiff {
  const before = new Map(previous.conflicts.map((conflict) => [conflict.slug, conflict]))
  const now = new Set(current.conflicts.map((conflict) => conflict.slug))
  const diff: ReleaseDiff = { added: [], resolved: [], updated: [], removed: [] }
  for (const conflict of current.conflicts) {
    const old = before.get(conflict.slug)
    if (!old) diff.added.push(conflict)
    else if (CLOSED.includes(conflict.status) && !CLOSED.includes(old.status)) diff.resolved.push(conflict)
    else if (JSON.stringify(old) !== JSON.stringify(conflict)) diff.updated.push(conflict)
  }
  diff.removed = previous.conflicts.filter((conflict) => !now.has(conflict.slug))
  return diff
}

/** "2012-10" → "October 2012" / "octubre de 2012". */
export function monthLabel(month: string, language: 'en' | 'es'): string {
  const date = new Date(`${month}-01T00:00:00Z`)
  return new Intl.DateTimeFormat(language === 'es' ? 'es-PE' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}
