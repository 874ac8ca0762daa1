import type { MinewatchSnapshot } from '@chasqui/cms-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildCompany, buildConflict, buildProject } from './factories'
import { api, BASE_URL, bootPayload, buildUser, graphql, inProcessFetch, json, login } from './harness'

/**
 * MineWatch (issue 7): access to companies, projects, conflicts, releases and
 * corrections by role through REST and GraphQL; releases frozen for ever once
 * published; the CSV round trip's dry run and all-or-nothing import; sync feed.
 */

let payload: Payload
const who = {} as Record<'anonymous' | 'editor' | 'researcher' | 'admin' | 'site', { token?: string; apiKey?: string }>
let acme: string
let andes: string
let project: string

type Report = {
  applied: boolean
  created: string[]
  changed: string[]
  removed: string[]
  unchanged: number
  errors: { line: number | null; message: string }[]
}

async function importCsv(dataset: string, csv: string, { token, dryRun = false }: { token?: string; dryRun?: boolean }) {
  const headers = new Headers({ 'Content-Type': 'text/csv' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await inProcessFetch(`${BASE_URL}/api/minewatch/import/${dataset}${dryRun ? '?dryRun=true' : ''}`, {
    method: 'POST',
    headers,
    body: csv,
  })
  return { status: response.status, body: (await response.json()) as Report }
}

const exportCsv = async (dataset: string, release?: string) =>
  (await api(`/api/minewatch/export/${dataset}${release ? `?release=${release}` : ''}`)).text()

const slugs = async (collection: string) =>
  (await payload.find({ collection: collection as 'companies', depth: 0, pagination: false, sort: 'slug' })).docs.map((doc) => doc.slug)

beforeAll(async () => {
  payload = await bootPayload()
  const staff = async (roles: Parameters<typeof buildUser>[1]) => {
    const { email, password } = await buildUser(payload, roles)
    return { token: await login(email, password) }
  }
  who.admin = await staff(['admin'])
  who.anonymous = {}
  who.editor = await staff(['editor'])
  who.researcher = await staff(['researcher'])
  // The site's own account authenticates with a key, as web's server does.
  const siteKey = 'site-key-for-minewatch-tests-0123456789'
  await buildUser(payload, ['preview'], { enableAPIKey: true, apiKey: siteKey })
  who.site = { apiKey: siteKey }
  acme = (await buildCompany(payload, { name: 'Acme Andean Metals', listing: 'lse_main' })).id
  andes = (await buildCompany(payload, { name: 'Andes Gold Partners', listing: 'aim' })).id
  project = (
    await buildProject(payload, {
      name: 'Cerro Ficticio',
      owners: [
        { company: acme, share: 60 },
        { company: andes, share: 40 },
      ],
    })
  ).id
  await buildConflict(payload, { title: 'Water dispute at Cerro Ficticio', project })
})

afterAll(async () => {
  await payload?.destroy()
})

describe('access', () => {
  it('anyone reads the live data over REST and GraphQL; nobody but researchers and admins writes it', async () => {
    for (const collection of ['companies', 'projects', 'conflicts']) {
      const list = await json<{ totalDocs: number }>(await api(`/api/${collection}?depth=0`))
      expect(list.totalDocs, collection).toBeGreaterThan(0)
    }
    const { body } = await graphql<{ Projects: { docs: { name: string; owners: { company: { name: string } }[] }[] } }>(
      '{ Projects { docs { name owners { company { name } } } } }',
    )
    expect(body.data?.Projects.docs[0]?.owners.map((owner) => owner.company.name)).toEqual(['Acme Andean Metals', 'Andes Gold Partners'])

    const expected = { anonymous: 403, editor: 403, site: 403, researcher: 201, admin: 201 } as const
    for (const [role, status] of Object.entries(expected)) {
      const response = await api('/api/companies', {
        method: 'POST',
        ...who[role as keyof typeof who],
        body: { name: `Company by ${role}`, listing: 'other' },
      })
      expect(response.status, role).toBe(status)
    }
    const mutation = await graphql('mutation { createCompany(data: { name: "GraphQL Co", slug: "graphql-co", listing: aim }) { id } }', who.editor)
    expect(mutation.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const allowed = await graphql<{ createCompany: { id: string } }>('mutation { createCompany(data: { name: "GraphQL Co", slug: "graphql-co", listing: aim }) { id } }', who.researcher)
    expect(allowed.body.data?.createCompany.id).toBeTruthy()
    await payload.delete({ collection: 'companies', where: { name: { in: ['GraphQL Co', 'Company by researcher', 'Company by admin'] } } })
  })

  it('shows unpublished releases to researchers and admins only', async () => {
    const draft = await payload.create({ collection: 'minewatch-releases', data: { month: '2030-01', summary: 'Not yet out' } })
    for (const role of ['anonymous', 'editor', 'site'] as const) {
      expect((await api(`/api/minewatch-releases/${draft.id}`, who[role])).status, role).toBe(404)
      const { body } = await graphql<{ MinewatchReleases: { docs: { month: string }[] } }>('{ MinewatchReleases { docs { month } } }', who[role])
      expect(body.data?.MinewatchReleases.docs.map((doc) => doc.month), role).not.toContain('2030-01')
    }
    for (const role of ['researcher', 'admin'] as const) {
      expect((await api(`/api/minewatch-releases/${draft.id}`, who[role])).status, role).toBe(200)
    }
    await payload.delete({ collection: 'minewatch-releases', id: draft.id })
  })

  it('takes corrections from the site key and shows them to researchers and admins only', async () => {
    const correction = { name: 'A Reader', email: 'reader@example.org', record: 'Cerro Ficticio', problem: 'The share is 55%, not 60%.' }
    expect((await api('/api/corrections', { method: 'POST', body: correction })).status).toBe(403)
    expect((await api('/api/corrections', { method: 'POST', body: correction, token: who.editor.token })).status).toBe(403)
    expect((await api('/api/corrections', { method: 'POST', body: correction, ...who.site })).status).toBe(201)
    for (const role of ['anonymous', 'editor', 'site'] as const) {
      const response = await api('/api/corrections', who[role])
      expect(response.status === 403 || (await json<{ totalDocs: number }>(response)).totalDocs === 0, role).toBe(true)
      const { body } = await graphql<{ Corrections: { docs: unknown[] } | null }>('{ Corrections { docs { email } } }', who[role])
      expect(body.data?.Corrections?.docs ?? [], role).toEqual([])
    }
    const list = await json<{ docs: { email: string; status: string }[] }>(await api('/api/corrections', who.researcher))
    expect(list.docs).toMatchObject([{ email: 'reader@example.org', status: 'new' }])
  })
})

describe('releases', () => {
  it('freeze the data when published, and can then never change', async () => {
    const created = await api('/api/minewatch-releases', {
      method: 'POST',
      token: who.researcher.token,
      body: { month: '2012-10', summary: 'October 2012', published: true },
    })
    expect(created.status).toBe(201)
    const release = (await json<{ doc: { id: string; snapshot: MinewatchSnapshot } }>(created)).doc
    expect(release.snapshot.projects).toMatchObject([
      { slug: 'cerro-ficticio', owners: [{ company: 'acme-andean-metals', share: 60 }, { company: 'andes-gold-partners', share: 40 }] },
    ])
    const before = await exportCsv('companies', '2012-10')

    // Editing the live data leaves the release as it was.
    await api(`/api/companies/${acme}`, { method: 'PATCH', token: who.researcher.token, body: { name: 'Acme Renamed' } })
    const after = await json<{ snapshot: MinewatchSnapshot }>(await api(`/api/minewatch-releases/${release.id}`))
    expect(after.snapshot.companies.map((company) => company.name)).toContain('Acme Andean Metals')
    expect(await exportCsv('companies', '2012-10')).toBe(before)
    expect(await exportCsv('companies')).toContain('Acme Renamed')

    // Nobody can change or delete it: REST, GraphQL, or the Local API without access control.
    for (const role of ['researcher', 'admin'] as const) {
      const patch = await api(`/api/minewatch-releases/${release.id}`, { method: 'PATCH', token: who[role].token, body: { summary: 'Rewritten' } })
      expect(patch.status, role).toBeGreaterThanOrEqual(400)
      expect((await api(`/api/minewatch-releases/${release.id}`, { method: 'DELETE', token: who[role].token })).status, role).toBeGreaterThanOrEqual(400)
    }
    const mutation = await graphql(`mutation { updateMinewatchRelease(id: "${release.id}", data: { summary: "Rewritten" }) { id } }`, who.admin)
    expect(mutation.body.errors?.length).toBeGreaterThan(0)
    await expect(payload.update({ collection: 'minewatch-releases', id: release.id, data: { summary: 'Rewritten' } })).rejects.toThrow(/cannot be changed/)
    await expect(payload.delete({ collection: 'minewatch-releases', id: release.id })).rejects.toThrow(/cannot be deleted/)
    const stored = await payload.findByID({ collection: 'minewatch-releases', id: release.id })
    expect(stored.summary).toBe('October 2012')
    expect(JSON.stringify(stored.snapshot)).toBe(JSON.stringify(after.snapshot))

    await api(`/api/companies/${acme}`, { method: 'PATCH', token: who.researcher.token, body: { name: 'Acme Andean Metals' } })
  })

  it('export as CSV only when published', async () => {
    await payload.create({ collection: 'minewatch-releases', data: { month: '2030-02', summary: 'Draft' } })
    expect((await api('/api/minewatch/export/companies?release=2030-02')).status).toBe(404)
    expect((await api('/api/minewatch/export/nonsense')).status).toBe(404)
    expect((await api('/api/minewatch/snapshot?release=2030-02')).status).toBe(404)
    const frozen = await json<MinewatchSnapshot & { release: string }>(await api('/api/minewatch/snapshot?release=2012-10'))
    expect(frozen.release).toBe('2012-10')
    expect(frozen.companies.map((company) => company.name)).toContain('Acme Andean Metals')
  })
})

describe('CSV import', () => {
  const header = 'slug,name,listing,ticker,parent,website,notes'

  it('is for researchers and admins only', async () => {
    const csv = `${await exportCsv('companies')}new-co,New Co,aim,,,,\n`
    expect((await importCsv('companies', csv, {})).status).toBe(401)
    expect((await importCsv('companies', csv, who.editor)).status).toBe(403)
    expect((await importCsv('companies', csv, { ...who.researcher, dryRun: true })).status).toBe(200)
  })

  it('round-trips: the exported CSV imports back as no change', async () => {
    for (const dataset of ['companies', 'projects', 'conflicts']) {
      const { status, body } = await importCsv(dataset, await exportCsv(dataset), { ...who.researcher, dryRun: true })
      expect(status, dataset).toBe(200)
      expect(body, dataset).toMatchObject({ created: [], changed: [], removed: [], errors: [] })
      expect(body.unchanged, dataset).toBeGreaterThan(0)
    }
  })

  it('dry run reports created, changed and removed, and changes nothing', async () => {
    await buildCompany(payload, { name: 'Doomed Holdings' })
    const before = await exportCsv('companies')
    const csv = [
      header,
      'acme-andean-metals,Acme Andean Metals plc,lse_main,TST,,,',
      'andes-gold-partners,Andes Gold Partners,aim,TST,,,',
      'brand-new-mining,Brand New Mining,AIM,BNM,,https://example.org,',
    ].join('\n')
    const { status, body } = await importCsv('companies', csv, { ...who.researcher, dryRun: true })
    expect(status).toBe(200)
    expect(body).toMatchObject({
      applied: false,
      created: ['brand-new-mining'],
      changed: ['acme-andean-metals'],
      removed: ['doomed-holdings'],
      unchanged: 1,
      errors: [],
    })
    expect(await exportCsv('companies')).toBe(before)

    const applied = await importCsv('companies', csv, who.researcher)
    expect(applied.body).toMatchObject({ applied: true, created: ['brand-new-mining'], removed: ['doomed-holdings'] })
    expect(await slugs('companies')).toEqual(['acme-andean-metals', 'andes-gold-partners', 'brand-new-mining'])
    // The removal reaches mirrors as a tombstone.
    const feed = await json<{ changes: { kind: string; collection: string }[] }>(await api('/api/changes?limit=100'))
    expect(feed.changes).toContainEqual(expect.objectContaining({ kind: 'delete', collection: 'companies' }))
  })

  it('reports every bad row with its line and reason, and changes nothing', async () => {
    const before = await Promise.all(['projects', 'conflicts'].map((dataset) => exportCsv(dataset)))
    const projects = [
      'slug,name,owners,region,province,district,minerals,stage,latitude,longitude',
      'cerro-ficticio,Cerro Ficticio,acme-andean-metals:60; andes-gold-partners:40,cajamarca,,,copper,production,,',
      'valle-nuevo,Valle Nuevo,acme-andean-metals,Atlantis,,,gold,exploration,,',
      'pampa-falsa,Pampa Falsa,ghost-mining:100,La Libertad,,,gold,exploration,,',
    ].join('\n')
    const result = await importCsv('projects', projects, who.researcher)
    expect(result.status).toBe(422)
    expect(result.body.applied).toBe(false)
    expect(result.body.errors).toEqual([
      { line: 3, slug: 'valle-nuevo', message: expect.stringContaining('unknown region "Atlantis"') },
      { line: 4, slug: 'pampa-falsa', message: expect.stringContaining('missing company "ghost-mining"') },
    ])

    const conflicts = [
      'slug,title,project,type,status,report_month,first_reported,last_updated,communities,description,sources',
      'water-dispute-at-cerro-ficticio,Water dispute,cerro-ficticio,environmental,resolved,2012-11,2012-03-01,2012-11-30,Comunidad A,Settled,"2012-11-30 | https://example.org/a | Report"',
      '"new-one","New one",cerro-ficticio,land,active,2012-11,31/11/2012,2012-11-30,,"A multi-line',
      'description",',
    ].join('\n')
    const bad = await importCsv('conflicts', conflicts, who.researcher)
    expect(bad.status).toBe(422)
    expect(bad.body.errors).toEqual([{ line: 3, slug: 'new-one', message: expect.stringContaining('bad date in first_reported: "31/11/2012"') }])
    expect(await Promise.all(['projects', 'conflicts'].map((dataset) => exportCsv(dataset)))).toEqual(before)
  })

  it('rolls back rows already saved when a later row fails on save (one transaction)', async () => {
    const before = await exportCsv('projects')
    const csv = [
      'slug,name,owners,region,province,district,minerals,stage,latitude,longitude',
      'cerro-ficticio,Cerro Ficticio Renamed,acme-andean-metals:60; andes-gold-partners:40,cajamarca,,,copper,production,,',
      'valle-nuevo,Valle Nuevo,acme-andean-metals,Cusco,,,gold,exploration,,',
      // Parses, but latitude 12 (north of the equator) is outside Peru: only saving catches it.
      'pampa-falsa,Pampa Falsa,acme-andean-metals,Puno,,,tin,exploration,12,-70',
    ].join('\n')
    for (const dryRun of [true, false]) {
      const { status, body } = await importCsv('projects', csv, { ...who.researcher, dryRun })
      expect(status).toBe(422)
      expect(body.applied).toBe(false)
      expect(body.errors).toEqual([{ line: 4, slug: 'pampa-falsa', message: expect.stringMatching(/latitude/i) }])
      expect(await exportCsv('projects')).toBe(before)
      expect(await slugs('projects')).toEqual(['cerro-ficticio'])
    }
  })

  it('refuses to remove a record others still refer to', async () => {
    const { status, body } = await importCsv('companies', `${header}\nbrand-new-mining,Brand New Mining,aim,BNM,,https://example.org,\n`, who.researcher)
    expect(status).toBe(422)
    expect(body.errors.map((error) => error.message).join()).toMatch(/cannot remove "acme-andean-metals": project "cerro-ficticio"/)
  })
})
