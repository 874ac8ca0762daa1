import type { MinewatchSnapshot } from '@chasqui/cms-types'
import { describe, expect, it } from 'vitest'

import { conflictsByRegion, diffReleases, filterRows, headline, parseTableQuery, tableQueryString, tableRows } from './minewatch'

const base: MinewatchSnapshot = {
  companies: [
    { slug: 'a', name: 'Alpha plc', listing: 'lse_main', ticker: '', parent: '', website: '', notes: '' },
    { slug: 'b', name: 'Beta plc', listing: 'aim', ticker: '', parent: '', website: '', notes: '' },
    { slug: 'c', name: 'Gamma Ltd', listing: 'aim', ticker: '', parent: '', website: '', notes: '' },
  ],
  projects: [
    { slug: 'p1', name: 'Uno', owners: [{ company: 'a', share: 60 }, { company: 'b', share: 40 }], region: 'cajamarca', province: '', district: '', minerals: ['copper', 'gold'], stage: 'production', latitude: null, longitude: null },
    { slug: 'p2', name: 'Dos', owners: [{ company: 'c', share: 100 }], region: 'puno', province: '', district: '', minerals: ['tin'], stage: 'exploration', latitude: null, longitude: null },
  ],
  conflicts: [
    { slug: 'k1', title: 'K1', project: 'p1', communities: [], type: 'water', status: 'active', reportMonth: '2012-09', firstReported: '2012-01-01', lastUpdated: '2012-09-01', description: '', sources: [] },
    { slug: 'k2', title: 'K2', project: 'p2', communities: [], type: 'land', status: 'resolved', reportMonth: '2012-09', firstReported: '2012-01-01', lastUpdated: '2012-09-01', description: '', sources: [] },
  ],
}

describe('headline', () => {
  it('counts firms with a project in an open conflict, by listing', () => {
    expect(headline(base)).toEqual({
      firms: 3,
      firmsInConflict: 2,
      share: 67,
      byListing: [
        { listing: 'lse_main', firms: 1, firmsInConflict: 1 },
        { listing: 'aim', firms: 2, firmsInConflict: 1 },
        { listing: 'other', firms: 0, firmsInConflict: 0 },
      ],
    })
  })
})

describe('table', () => {
  const label = (key: string, row: Record<string, unknown>) => String(key === 'company' ? row.companyName : key === 'project' ? row.projectName : row[key])

  it('has one row per project and owner, filtered and sorted from the query string', () => {
    const rows = tableRows(base)
    expect(rows).toHaveLength(3)
    const query = parseTableQuery({ mineral: 'gold', sort: 'company', dir: 'desc', region: 'atlantis' })
    expect(query.region).toBeUndefined()
    expect(filterRows(rows, query, label).map((row) => row.companyName)).toEqual(['Beta plc', 'Alpha plc'])
    expect(filterRows(rows, parseTableQuery({ status: 'resolved' }), label).map((row) => row.project)).toEqual(['p2'])
    expect(filterRows(rows, parseTableQuery({ q: 'gamma' }), label).map((row) => row.company)).toEqual(['c'])
    expect(tableQueryString(query)).toBe('?mineral=gold&dir=desc')
  })

  it('sorts by status in the Defensoría order', () => {
    const rows = filterRows(tableRows(base), parseTableQuery({ sort: 'status' }), label)
    expect(rows.map((row) => row.status)).toEqual(['active', 'active', 'resolved'])
  })
})

describe('releases', () => {
  it('lists added, resolved and updated conflicts', () => {
    const next: MinewatchSnapshot = {
      ...base,
      conflicts: [
        { ...base.conflicts[0]!, status: 'resolved' },
        { ...base.conflicts[1]!, lastUpdated: '2012-10-01' },
        { ...base.conflicts[0]!, slug: 'k3', title: 'K3' },
      ],
    }
    const diff = diffReleases(base, next)
    expect(diff.added.map((c) => c.slug)).toEqual(['k3'])
    expect(diff.resolved.map((c) => c.slug)).toEqual(['k1'])
    expect(diff.updated.map((c) => c.slug)).toEqual(['k2'])
    expect(diff.removed).toEqual([])
  })

  it('counts open conflicts per region', () => {
    const counts = conflictsByRegion(base)
    expect(counts).toHaveLength(25)
    expect(counts.find((entry) => entry.key === 'cajamarca')?.count).toBe(1)
    expect(counts.find((entry) => entry.key === 'puno')?.count).toBe(0)
  })
})
