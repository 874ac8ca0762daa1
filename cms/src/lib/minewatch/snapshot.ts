import type {
  Company,
  Conflict,
  ConflictStatus,
  ConflictType,
  Listing,
  Mineral,
  MinewatchSnapshot,
  Project,
  ProjectStage,
  SnapshotCompany,
  SnapshotConflict,
  SnapshotProject,
} from '@chasqui/cms-types'
import type { PayloadRequest } from 'payload'

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as { id?: string } | null | undefined)?.id ?? undefined)

/** Every document of a MineWatch collection (they are small: hundreds of rows, not millions). */
async function all<C extends 'companies' | 'projects' | 'conflicts'>(req: PayloadRequest, collection: C) {
  const result = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    sort: 'slug',
    overrideAccess: true,
    req,
  })
  return result.docs
}

export function toSnapshotCompany(doc: Company): SnapshotCompany {
  return {
    slug: doc.slug ?? '',
    name: doc.name,
    listing: doc.listing as Listing,
    ticker: doc.ticker ?? '',
    parent: doc.parent ?? '',
    website: doc.website ?? '',
    notes: doc.notes ?? '',
  }
}

export function toSnapshotProject(doc: Project, companySlugs: Map<string, string>): SnapshotProject {
  return {
    slug: doc.slug ?? '',
    name: doc.name,
    owners: (doc.owners ?? []).map((owner) => ({
      company: companySlugs.get(idOf(owner.company) ?? '') ?? '',
      share: owner.share ?? null,
    })),
    region: doc.region,
    province: doc.province ?? '',
    district: doc.district ?? '',
    minerals: (doc.minerals ?? []) as Mineral[],
    stage: doc.stage as ProjectStage,
    latitude: doc.latitude ?? null,
    longitude: doc.longitude ?? null,
  }
}

export function toSnapshotConflict(doc: Conflict, projectSlugs: Map<string, string>): SnapshotConflict {
  return {
    slug: doc.slug ?? '',
    title: doc.title,
    project: projectSlugs.get(idOf(doc.project) ?? '') ?? '',
    communities: (doc.communities ?? []).map((community) => community.name),
    type: doc.type as ConflictType,
    status: doc.status as ConflictStatus,
    reportMonth: doc.reportMonth,
    firstReported: doc.firstReported,
    lastUpdated: doc.lastUpdated,
    description: doc.description,
    sources: (doc.sources ?? []).map((source) => ({ date: source.date, url: source.url, title: source.title })),
  }
}

/** The live data as it stands now (inside `req`'s transaction, if any), referenced by slug. */
export async function liveSnapshot(req: PayloadRequest): Promise<MinewatchSnapshot> {
  const [companies, projects, conflicts] = await Promise.all([
    all(req, 'companies'),
    all(req, 'projects'),
    all(req, 'conflicts'),
  ])
  const companySlugs = new Map(companies.map((doc) => [doc.id, doc.slug ?? '']))
  const projectSlugs = new Map(projects.map((doc) => [doc.id, doc.slug ?? '']))
  return {
    companies: companies.map(toSnapshotCompany),
    projects: projects.map((doc) => toSnapshotProject(doc, companySlugs)),
    conflicts: conflicts.map((doc) => toSnapshotConflict(doc, projectSlugs)),
  }
}
