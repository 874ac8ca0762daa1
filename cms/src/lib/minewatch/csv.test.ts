import type { MinewatchSnapshot } from '@chasqui/cms-types'
import { describe, expect, it } from 'vitest'

import { parseCsv, toCsv } from './csv'

const snapshot: MinewatchSnapshot = {
  companies: [{ slug: 'acme', name: 'Acme, "the" miners', listing: 'aim', ticker: 'ACM', parent: '', website: '', notes: 'Two\nlines' }],
  projects: [
    { slug: 'uno', name: 'Uno', owners: [{ company: 'acme', share: 60 }, { company: 'beta', share: null }], region: 'la_libertad', province: 'P', district: 'D', minerals: ['copper', 'gold'], stage: 'production', latitude: -7.5, longitude: null },
  ],
  conflicts: [
    {
      slug: 'k1',
      title: 'K1',
      project: 'uno',
      communities: ['A', 'B'],
      type: 'water',
      status: 'latent',
      reportMonth: '2012-10',
      firstReported: '2012-01-31',
      lastUpdated: '2012-10-01',
      description: 'Text, with "quotes"',
      sources: [
        { date: '2012-10-31', url: 'https://example.org/a?x=1;y=2', title: 'Report | 104' },
        { date: '2012-09-30', url: 'https://example.org/b', title: 'B' },
      ],
    },
  ],
}

describe('MineWatch CSV', () => {
  it('reads back exactly what it wrote', () => {
    expect(parseCsv('companies', toCsv('companies', snapshot)).rows.map((entry) => entry.row)).toEqual(snapshot.companies)
    expect(parseCsv('projects', toCsv('projects', snapshot), new Set(['acme', 'beta'])).rows.map((entry) => entry.row)).toEqual(snapshot.projects)
    expect(parseCsv('conflicts', toCsv('conflicts', snapshot), new Set(['uno'])).rows.map((entry) => entry.row)).toEqual(snapshot.conflicts)
  })

  it('names the line and reason of each bad row, counting multi-line cells', () => {
    const csv = [
      'slug,name,owners,region,province,district,minerals,stage,latitude,longitude',
      'ok,"Two',
      'line name",acme,Cusco,,,gold,exploration,,',
      'bad,Bad,ghost,Atlantis,,,unobtainium,mining,north,',
      'ok,Again,acme,lima,,,gold,exploration,,',
    ].join('\n')
    const { rows, errors } = parseCsv('projects', csv, new Set(['acme']))
    expect(rows.map((entry) => entry.line)).toEqual([2])
    expect(errors).toEqual([
      {
        line: 4,
        slug: 'bad',
        message: 'unknown region "Atlantis"; missing company "ghost" (no company has that slug); unknown mineral "unobtainium"; unknown stage "mining"; latitude "north" is not a number',
      },
      { line: 5, slug: 'ok', message: 'slug "ok" is used twice (also on line 2)' },
    ])
  })

  it('refuses a file without the dataset’s columns, and unreadable CSV', () => {
    expect(parseCsv('companies', 'slug,name\nx,X\n').errors).toEqual([{ line: 1, message: 'Missing column(s): listing, ticker, parent, website, notes.' }])
    expect(parseCsv('companies', 'slug,name\n"x,X\n').errors[0]?.message).toMatch(/^Not readable as CSV/)
  })
})
