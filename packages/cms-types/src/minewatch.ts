import type { ConflictStatus, ConflictType, Listing, Mineral, ProjectStage, Region } from './constants.js'

/**
 * MineWatch data as it stood at one moment: what a release freezes, what the CSV
 * round trip reads and writes, and what the site computes figures from. Records refer
 * to each other by slug, which stays stable across imports and releases.
 */
export type SnapshotCompany = {
  slug: string
  name: string
  listing: Listing
  ticker: string
  parent: string
  website: string
  notes: string
}

export type SnapshotOwner = { company: string; share: number | null }

export type SnapshotProject = {
  slug: string
  name: string
  owners: SnapshotOwner[]
  region: Exclude<Region, 'national'>
  province: string
  district: string
  minerals: Mineral[]
  stage: ProjectStage
  latitude: number | null
  longitude: number | null
}

export type SnapshotSource = { date: string; url: string; title: string }

export type SnapshotConflict = {
  slug: string
  title: string
  project: string
  communities: string[]
  type: ConflictType
  status: ConflictStatus
  /** The Defensoría monthly report the status was taken from, `YYYY-MM`. */
  reportMonth: string
  /** `YYYY-MM-DD` */
  firstReported: string
  /** `YYYY-MM-DD` */
  lastUpdated: string
  description: string
  sources: SnapshotSource[]
}

export type MinewatchSnapshot = {
  companies: SnapshotCompany[]
  projects: SnapshotProject[]
  conflicts: SnapshotConflict[]
}
