import 'server-only'

import type { Language, MinewatchSnapshot } from '@chasqui/cms-types'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { localePath } from '../i18n'
import { getCms } from './cms'

/** How many releases the charts and timelines read back (two years of monthly releases). */
export const RELEASE_HISTORY = 24

/** Published releases, newest first, read once per render. */
export const getReleases = cache(async () => (await getCms()).listMinewatchReleases())

/** A release's frozen data (or the live data when `month` is undefined), read once per render. */
export const getSnapshot = cache(async (month?: string): Promise<MinewatchSnapshot | null> => (await getCms()).getMinewatchSnapshot(month))

/** The newest release and its data; null before the first release. */
export async function getCurrentRelease() {
  const releases = await getReleases()
  const current = releases[0]
  if (!current) return null
  const snapshot = await getSnapshot(current.month)
  return snapshot ? { release: current, snapshot, releases } : null
}

/** The newest releases' data, oldest first (for charts over time and timelines). */
export async function getReleaseHistory() {
  const releases = (await getReleases()).slice(0, RELEASE_HISTORY).reverse()
  const snapshots = await Promise.all(releases.map((release) => getSnapshot(release.month)))
  return releases.flatMap((release, index) => {
    const snapshot = snapshots[index]
    return snapshot ? [{ release, snapshot }] : []
  })
}

/** The live data, or a 404 when the cms has none to give. */
export async function getLiveData(): Promise<MinewatchSnapshot> {
  const snapshot = await getSnapshot()
  if (!snapshot) notFound()
  return snapshot
}

export const isSlug = (value: string) => /^[a-z0-9]+(?:-[a-z0-9]+){0,20}$/.test(value) && value.length <= 120
export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

/** Addresses of MineWatch pages in a language. */
export const minewatchPaths = (language: Language) => ({
  home: localePath(language, '/minewatch'),
  company: (slug: string) => localePath(language, `/minewatch/companies/${slug}`),
  project: (slug: string) => localePath(language, `/minewatch/projects/${slug}`),
  conflict: (slug: string) => localePath(language, `/minewatch/conflicts/${slug}`),
  releases: localePath(language, '/minewatch/releases'),
  release: (month: string) => localePath(language, `/minewatch/releases/${month}`),
  download: (month: string, file: string) => localePath(language, `/minewatch/releases/${month}/${file}`),
  corrections: localePath(language, '/minewatch/corrections'),
})
