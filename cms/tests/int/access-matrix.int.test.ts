import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildArticle,
  buildCaseStudy,
  buildEvidence,
  buildMember,
  buildReport,
  buildTranslation,
} from './factories'
import { api, bootPayload, buildApiKey, buildUser, graphql, json, login } from './harness'

/**
 * The access matrix of issue 3, through the real REST and GraphQL handlers:
 *
 *   anonymous   published public content; teasers of members-only; never drafts,
 *               staff-only evidence, member data
 *   member      + members-only bodies; own record's safe fields; never the admin
 *   translator  translations in assigned languages; reads originals
 *   editor      all editorial content, media, documents, evidence; no member data
 *   researcher  evidence
 *   membership  member records; no editorial writes
 *   integrator  (API key) what anonymous reads
 *   admin       everything
 */

type Principal = { token?: string; apiKey?: string }
const ROLES = ['anonymous', 'activeMember', 'lapsedMember', 'translator', 'editor', 'researcher', 'membership', 'integrator', 'admin'] as const
type Role = (typeof ROLES)[number]

let payload: Payload
const who = {} as Record<Role, Principal>
const fx = {} as {
  publicArticle: string
  draftArticle: string
  membersArticle: string
  membersReport: string
  membersBulletin: string
  draftReport: string
  caseStudy: string
  publicEvidence: string
  redactedEvidence: string
  staffEvidence: string
  draftEvidence: string
  translation: string
  activeMember: string
  lapsedMember: string
  bulletin: string
}

beforeAll(async () => {
  payload = await bootPayload()
  const staff = async (roles: Parameters<typeof buildUser>[1], extra: Parameters<typeof buildUser>[2] = {}) => {
    const { email, password } = await buildUser(payload, roles, extra)
    return { token: await login(email, password) }
  }
  who.anonymous = {}
  who.admin = await staff(['admin'])
  who.editor = await staff(['editor'])
  who.translator = await staff(['translator'], { languages: ['es'] })
  who.researcher = await staff(['researcher'])
  who.membership = await staff(['membership'])
  const integrator = await buildUser(payload, ['integrator'])
  who.integrator = { apiKey: (await buildApiKey(payload, integrator.user.id)).key }

  const active = await buildMember(payload, { email: 'active@members.test', status: 'active' })
  const lapsed = await buildMember(payload, { email: 'lapsed@members.test', status: 'lapsed' })
  fx.activeMember = active.id
  fx.lapsedMember = lapsed.id
  who.activeMember = { token: await login(active.email, active.password, 'members') }
  who.lapsedMember = { token: await login(lapsed.email, lapsed.password, 'members') }

  const bulletin = await payload.create({
    collection: 'bulletins',
    data: { number: 154, title: 'Update 154', period: 'Oct – Dec 2012', visibility: 'public', _status: 'published' },
  })
  fx.bulletin = bulletin.id
  fx.publicArticle = (await buildArticle(payload, { title: 'Public piece', bulletin: bulletin.id })).id
  fx.draftArticle = (await buildArticle(payload, { title: 'Draft piece', _status: 'draft', bulletin: bulletin.id })).id
  fx.membersArticle = (await buildArticle(payload, { title: 'Members piece', visibility: 'members' })).id
  const pdf = await (await PDFDocument.create()).save()
  const file = await payload.create({
    collection: 'documents',
    data: { title: 'Members-only issue', language: 'en', visibility: 'public' },
    file: { data: Buffer.from(pdf), mimetype: 'application/pdf', name: 'members-issue.pdf', size: pdf.length },
  })
  fx.membersReport = (await buildReport(payload, { title: 'Members report', visibility: 'members', pdf: file.id })).id
  fx.membersBulletin = (
    await payload.create({
      collection: 'bulletins',
      data: { number: 150, title: 'Update 150', period: 'Feb – Mar 2012', visibility: 'members', pdf: file.id, _status: 'published' },
    })
  ).id
  fx.draftReport = (await buildReport(payload, { title: 'Draft report', _status: 'draft' })).id
  fx.publicEvidence = (await buildEvidence(payload, { title: 'Public cable', kind: 'diplomatic_cable' })).id
  fx.redactedEvidence = (
    await buildEvidence(payload, { title: 'Redacted testimony', sensitivity: 'redacted', redactionNote: 'Names withheld.' })
  ).id
  fx.staffEvidence = (await buildEvidence(payload, { title: 'Staff-only statement', sensitivity: 'staff_only', consentRecorded: false })).id
  fx.draftEvidence = (await buildEvidence(payload, { title: 'Draft photo', kind: 'photo', _status: 'draft' })).id
  fx.caseStudy = (
    await buildCaseStudy(payload, {
      title: 'Río Blanco',
      evidence: [fx.publicEvidence, fx.redactedEvidence, fx.staffEvidence, fx.draftEvidence],
    })
  ).id
  fx.translation = (
    await buildTranslation(payload, { title: 'Pieza pública', original: { relationTo: 'articles', value: fx.publicArticle } })
  ).id
  await payload.updateGlobal({
    slug: 'home',
    data: {
      featured: [
        { relationTo: 'articles', value: fx.publicArticle },
        { relationTo: 'articles', value: fx.draftArticle },
      ],
      membershipPitch: { heading: 'Why join?', callToAction: 'Become a member' },
    },
  })
})

afterAll(async () => {
  await payload.destroy()
})

const get = (role: Role, path: string) => api(path, who[role])
const gql = <T,>(role: Role, query: string) => graphql<T>(query, who[role])
const rows = <T,>(roles: readonly Role[], expected: (role: Role) => T) => roles.map((role) => [role, expected(role)] as const)

describe('drafts', () => {
  const seesDrafts = (role: Role) => ['translator', 'editor', 'admin'].includes(role)

  it.each(rows(ROLES, seesDrafts))('%s: a draft article by id over REST → visible: %s', async (role, visible) => {
    const response = await get(role, `/api/articles/${fx.draftArticle}?draft=true`)
    expect(response.status).toBe(visible ? 200 : 404)
  })

  it.each(rows(ROLES, seesDrafts))('%s: drafts in the GraphQL list (draft: true) → visible: %s', async (role, visible) => {
    const { body } = await gql<{ Articles: { docs: { id: string }[] } }>(role, '{ Articles(draft: true, limit: 100) { docs { id } } }')
    const ids = body.data?.Articles.docs.map((doc) => doc.id) ?? []
    expect(ids).toContain(fx.publicArticle)
    expect(ids.includes(fx.draftArticle)).toBe(visible)
  })

  it.each(rows(ROLES, seesDrafts))('%s: a draft report by GraphQL id → visible: %s', async (role, visible) => {
    const { body } = await gql<{ Report: { id: string } | null }>(role, `{ Report(id: "${fx.draftReport}", draft: true) { id } }`)
    expect(Boolean(body.data?.Report)).toBe(visible)
  })

  it.each(rows(ROLES, (role) => ['editor', 'admin'].includes(role)))(
    '%s: version history → allowed: %s',
    async (role, allowed) => {
      const response = await get(role, '/api/articles/versions')
      expect(response.status).toBe(allowed ? 200 : 403)
    },
  )
})

describe('members-only bodies', () => {
  const readsBody = (role: Role) => ['activeMember', 'translator', 'editor', 'researcher', 'admin'].includes(role)

  it.each(rows(ROLES, readsBody))('%s: REST gives the teaser to all, the body → %s', async (role, body) => {
    const doc = await json<{ title: string; summary: string; body?: unknown }>(await get(role, `/api/articles/${fx.membersArticle}`))
    expect(doc.title).toBe('Members piece')
    expect(doc.summary).toBe('Members piece — summary')
    expect(doc.body !== undefined && doc.body !== null).toBe(body)
  })

  it.each(rows(ROLES, readsBody))('%s: GraphQL gives the body → %s', async (role, body) => {
    const { body: result } = await gql<{ Article: { summary: string; body: unknown } }>(
      role,
      `{ Article(id: "${fx.membersArticle}") { summary body } }`,
    )
    expect(result.data?.Article.summary).toBe('Members piece — summary')
    expect(result.data?.Article.body != null).toBe(body)
  })
})

describe('members-only files', () => {
  // The PDF of a members-only report or bulletin is its body in another form.
  const readsFile = (role: Role) => ['activeMember', 'translator', 'editor', 'researcher', 'admin'].includes(role)

  it.each(rows(ROLES, readsFile))('%s: REST names the PDF of a members-only report and bulletin → %s', async (role, named) => {
    const report = await json<{ title: string; pdf?: unknown }>(await get(role, `/api/reports/${fx.membersReport}?depth=1`))
    const bulletin = await json<{ title: string; pdf?: unknown }>(await get(role, `/api/bulletins/${fx.membersBulletin}?depth=0`))
    expect([report.title, bulletin.title]).toEqual(['Members report', 'Update 150'])
    expect(report.pdf != null).toBe(named)
    expect(bulletin.pdf != null).toBe(named)
  })

  it.each(rows(ROLES, readsFile))('%s: the members-only PDF itself, by its URL → served: %s', async (role, served) => {
    expect((await get(role, '/api/documents/file/members-issue.pdf')).status).toBe(served ? 200 : 403)
  })

  it.each(rows(ROLES, readsFile))('%s: GraphQL names the PDF → %s', async (role, named) => {
    const { body } = await gql<{ Report: { title: string; pdf: { id: string } | null } }>(
      role,
      `{ Report(id: "${fx.membersReport}") { title pdf { id } } }`,
    )
    expect(body.data?.Report.title).toBe('Members report')
    expect(body.data?.Report.pdf != null).toBe(named)
  })

  it("the site's preview key (staff previewing a members-only report on the site) gets its PDF, but no staff-only file", async () => {
    const apiKey = 'site-preview-key-for-files-00000000000000'
    await buildUser(payload, ['preview'], { enableAPIKey: true, apiKey })
    const pdf = await (await PDFDocument.create()).save()
    const sealed = await payload.create({
      collection: 'documents',
      data: { title: 'Sealed statement', language: 'es', visibility: 'staff' },
      file: { data: Buffer.from(pdf), mimetype: 'application/pdf', name: 'sealed-statement.pdf', size: pdf.length },
    })
    expect(sealed.visibility).toBe('staff')
    expect((await api('/api/documents/file/members-issue.pdf', { apiKey })).status).toBe(200)
    expect((await api('/api/documents/file/sealed-statement.pdf', { apiKey })).status).toBe(403)
  })
})

describe('evidence', () => {
  const evidenceStaff = (role: Role) => ['editor', 'researcher', 'admin'].includes(role)

  it.each(rows(ROLES, evidenceStaff))('%s: staff-only evidence over REST → visible: %s', async (role, visible) => {
    expect((await get(role, `/api/evidence/${fx.staffEvidence}`)).status).toBe(visible ? 200 : 404)
    const list = await json<{ docs: { id: string }[] }>(await get(role, '/api/evidence?limit=100'))
    expect(list.docs.some((doc) => doc.id === fx.staffEvidence)).toBe(visible)
  })

  it.each(rows(ROLES, evidenceStaff))('%s: staff-only evidence over GraphQL → visible: %s', async (role, visible) => {
    const { body } = await gql<{ allEvidence: { docs: { id: string }[] } }>(
      role,
      '{ allEvidence: Evidence(limit: 100) { docs { id } } }',
    )
    expect((body.data?.allEvidence.docs ?? []).some((doc) => doc.id === fx.staffEvidence)).toBe(visible)
  })

  it.each(rows(ROLES, evidenceStaff))('%s: the original of redacted evidence → visible: %s', async (role, visible) => {
    const doc = await json<{ description: string; transcript?: string; redactionNote?: string }>(
      await get(role, `/api/evidence/${fx.redactedEvidence}`),
    )
    expect(doc.description).toBe('Redacted testimony — description')
    expect(doc.redactionNote).toBe('Names withheld.')
    expect(doc.transcript === 'Redacted testimony — transcript').toBe(visible)
  })

  it.each(rows(ROLES, evidenceStaff))('%s: consent notes → visible: %s', async (role, visible) => {
    await payload.update({ collection: 'evidence', id: fx.publicEvidence, data: { consentNotes: 'Spoke to the family.' } })
    const doc = await json<{ consentNotes?: string }>(await get(role, `/api/evidence/${fx.publicEvidence}`))
    expect(doc.consentNotes === 'Spoke to the family.').toBe(visible)
  })
})

describe('depth population never leaks', () => {
  const populatedEvidence = (value: unknown[]) =>
    value.filter((item): item is { id: string; transcript?: string } => typeof item === 'object' && item !== null)

  it.each(ROLES)('%s: a case study at depth 2 populates only readable evidence', async (role) => {
    const doc = await json<{ evidence: unknown[] }>(await get(role, `/api/case-studies/${fx.caseStudy}?depth=2`))
    const populated = populatedEvidence(doc.evidence)
    const staff = ['editor', 'researcher', 'admin'].includes(role)
    expect(populated.some((item) => item.id === fx.staffEvidence)).toBe(staff)
    expect(populated.some((item) => item.id === fx.draftEvidence)).toBe(staff)
    const redacted = populated.find((item) => item.id === fx.redactedEvidence)
    expect(redacted).toBeDefined()
    expect(redacted?.transcript === 'Redacted testimony — transcript').toBe(staff)
    // Whatever is not populated carries no content: at most an id.
    for (const item of doc.evidence) if (typeof item !== 'object') expect(typeof item).toBe('string')
  })

  it.each(ROLES)('%s: the bulletin join lists only readable articles', async (role) => {
    const doc = await json<{ articles: { docs: ({ id: string } | string)[] } }>(await get(role, `/api/bulletins/${fx.bulletin}?depth=1`))
    const ids = doc.articles.docs.map((item) => (typeof item === 'string' ? item : item.id))
    expect(ids).toContain(fx.publicArticle)
    expect(ids.includes(fx.draftArticle)).toBe(['translator', 'editor', 'admin'].includes(role))
  })

  it.each(ROLES)('%s: the home global does not populate a featured draft', async (role) => {
    const home = await json<{ featured: { relationTo: string; value: unknown }[] }>(await get(role, '/api/globals/home?depth=1'))
    const draft = home.featured.find((item) => (typeof item.value === 'string' ? item.value : (item.value as { id: string }).id) === fx.draftArticle)
    const seesDrafts = ['translator', 'editor', 'admin'].includes(role)
    if (!seesDrafts) expect(typeof draft?.value === 'object' && draft?.value !== null).toBe(false)
  })

  it.each(ROLES)('%s: GraphQL population of case study evidence', async (role) => {
    const { body } = await gql<{ CaseStudy: { evidence: ({ id: string; transcript: string | null } | null)[] } }>(
      role,
      `{ CaseStudy(id: "${fx.caseStudy}") { evidence { id transcript } } }`,
    )
    const items = (body.data?.CaseStudy.evidence ?? []).filter(Boolean) as { id: string; transcript: string | null }[]
    const staff = ['editor', 'researcher', 'admin'].includes(role)
    expect(items.some((item) => item.id === fx.staffEvidence)).toBe(staff)
    expect(items.find((item) => item.id === fx.redactedEvidence)?.transcript === 'Redacted testimony — transcript').toBe(staff)
  })
})

describe('member records', () => {
  const readsAll = (role: Role) => ['membership', 'admin'].includes(role)

  it.each(rows(ROLES, readsAll))('%s: the member list over REST → all: %s', async (role, all) => {
    const response = await get(role, '/api/members?limit=100')
    if (role === 'activeMember' || role === 'lapsedMember') {
      const own = role === 'activeMember' ? fx.activeMember : fx.lapsedMember
      expect((await json<{ docs: { id: string }[] }>(response)).docs.map((doc) => doc.id)).toEqual([own])
    } else if (all) {
      expect((await json<{ docs: unknown[] }>(response)).docs).toHaveLength(2)
    } else {
      expect(response.status).toBe(403)
    }
  })

  it.each(rows(ROLES, readsAll))('%s: members over GraphQL → all: %s', async (role, all) => {
    const { body } = await gql<{ Members: { docs: { email: string }[] } | null }>(role, '{ Members(limit: 100) { docs { email } } }')
    const emails = body.data?.Members?.docs.map((doc) => doc.email) ?? []
    if (all) expect(emails).toHaveLength(2)
    else if (role === 'activeMember') expect(emails).toEqual(['active@members.test'])
    else if (role === 'lapsedMember') expect(emails).toEqual(['lapsed@members.test'])
    else expect(emails).toEqual([])
  })

  it('a member updates their own safe fields, never their status or another member', async () => {
    const own = await api(`/api/members/${fx.lapsedMember}`, {
      ...who.lapsedMember,
      method: 'PATCH',
      body: { name: 'Renamed', status: 'active', renewalDate: '2099-01-01T00:00:00.000Z' },
    })
    expect(own.status).toBe(200)
    const stored = await payload.findByID({ collection: 'members', id: fx.lapsedMember })
    expect(stored.name).toBe('Renamed')
    expect(stored.status).toBe('lapsed')
    expect(stored.renewalDate ?? null).toBeNull()

    const other = await api(`/api/members/${fx.activeMember}`, { ...who.lapsedMember, method: 'PATCH', body: { name: 'Hijacked' } })
    expect(other.status).toBe(403)
  })

  it('members can never open the admin', async () => {
    const access = await json<{ canAccessAdmin?: boolean }>(await get('activeMember', '/api/access'))
    expect(access.canAccessAdmin ?? false).toBe(false)
  })
})

describe('writes', () => {
  const article = (title: string) => ({ title, kind: 'news', summary: 's', visibility: 'public', language: 'en' })

  it.each(rows(ROLES, (role) => ['editor', 'admin'].includes(role)))('%s: create an article → %s', async (role, allowed) => {
    const response = await api('/api/articles', { ...who[role], method: 'POST', body: article(`By ${role}`) })
    expect(response.status).toBe(allowed ? 201 : 403)
  })

  it.each(rows(ROLES, (role) => ['editor', 'researcher', 'admin'].includes(role)))(
    '%s: create evidence → %s',
    async (role, allowed) => {
      const response = await api('/api/evidence', {
        ...who[role],
        method: 'POST',
        body: {
          title: `Evidence by ${role}`,
          kind: 'press',
          date: '2009-01-01',
          description: 'd',
          provenance: 'p',
          citation: 'c',
          sensitivity: 'public',
          language: 'es',
        },
      })
      expect(response.status).toBe(allowed ? 201 : 403)
    },
  )

  it.each(rows(ROLES, (role) => ['membership', 'admin'].includes(role)))('%s: create a member → %s', async (role, allowed) => {
    const response = await api('/api/members', {
      ...who[role],
      method: 'POST',
      body: { name: 'New', email: `new-${role}@members.test`, password: 'member-password-123', tier: 'individual' },
    })
    expect(response.status).toBe(allowed ? 201 : 403)
  })

  it('a translator creates and edits translations in their languages only', async () => {
    const original = await buildArticle(payload, { title: 'To translate' })
    const spanish = await api('/api/translations', {
      ...who.translator,
      method: 'POST',
      body: { original: { relationTo: 'articles', value: original.id }, language: 'es', title: 'Para traducir', summary: 'r', visibility: 'public' },
    })
    expect(spanish.status).toBe(201)
    const { doc } = await json<{ doc: { id: string } }>(spanish)
    expect((await api(`/api/translations/${doc.id}`, { ...who.translator, method: 'PATCH', body: { summary: 'otro' } })).status).toBe(200)

    const spanishOriginal = await buildArticle(payload, { title: 'Artículo original', language: 'es' })
    const english = await api('/api/translations', {
      ...who.translator,
      method: 'POST',
      body: { original: { relationTo: 'articles', value: spanishOriginal.id }, language: 'en', title: 'Original article', summary: 's', visibility: 'public' },
    })
    expect(english.status).toBe(403)
  })

  it('a translator may not change originals or publish articles', async () => {
    const response = await api(`/api/articles/${fx.publicArticle}`, { ...who.translator, method: 'PATCH', body: { title: 'Changed' } })
    expect(response.status).toBe(403)
  })

  it.each(ROLES.filter((role) => role !== 'admin' && role !== 'editor'))('%s: cannot change the home page', async (role) => {
    const response = await api('/api/globals/home', { ...who[role], method: 'POST', body: { membershipPitch: { heading: 'x' } } })
    expect(response.status).toBe(403)
  })

  it.each(ROLES.filter((role) => role !== 'admin'))('%s: cannot change site settings', async (role) => {
    const response = await api('/api/globals/site-settings', { ...who[role], method: 'POST', body: { siteName: 'x' } })
    expect(response.status).toBe(403)
  })
})

describe('system collections', () => {
  it.each(['activeMember', 'integrator', 'anonymous'] as const)('%s: cannot read or create document locks', async (role) => {
    expect((await get(role, '/api/payload-locked-documents')).status).toBe(403)
    const create = await api('/api/payload-locked-documents', {
      ...who[role],
      method: 'POST',
      body: { document: { relationTo: 'articles', value: fx.publicArticle }, globalSlug: null },
    })
    expect(create.status).toBe(403)
  })

  it.each(['activeMember', 'integrator', 'anonymous', 'editor'] as const)('%s: cannot read the jobs queue', async (role) => {
    expect((await get(role, '/api/payload-jobs')).status).toBe(403)
  })

  it('every collection and global declares its read, create, update and delete access', () => {
    const internal = new Set(['payload-migrations', 'payload-preferences', 'payload-kv', 'payload-jobs'])
    for (const collection of payload.config.collections) {
      if (internal.has(collection.slug)) continue
      for (const operation of ['read', 'create', 'update', 'delete'] as const) {
        expect(collection.access[operation], `${collection.slug}.${operation}`).toBeTypeOf('function')
        // Payload's fallback is "any logged-in user": ours must not be it.
        expect(collection.access[operation]?.name, `${collection.slug}.${operation}`).not.toBe('defaultAccess')
      }
    }
    for (const global of payload.config.globals) {
      for (const operation of ['read', 'update'] as const) {
        expect(global.access[operation]?.name, `${global.slug}.${operation}`).not.toBe('defaultAccess')
      }
    }
  })
})

describe('search index', () => {
  it.each(ROLES)('%s: search holds no drafts, no staff-only evidence, no members-only text', async (role) => {
    const list = await json<{ docs: { doc: { relationTo: string; value: string | { id: string } }; text?: string; title: string }[] }>(
      await get(role, '/api/search?limit=100&depth=0'),
    )
    const ids = list.docs.map((doc) => (typeof doc.doc.value === 'string' ? doc.doc.value : doc.doc.value.id))
    expect(ids).toContain(fx.publicArticle)
    expect(ids).toContain(fx.translation)
    expect(ids).not.toContain(fx.draftArticle)
    expect(ids).not.toContain(fx.draftReport)
    expect(ids).not.toContain(fx.staffEvidence)
    expect(ids).not.toContain(fx.draftEvidence)
    const members = list.docs.find((doc) => doc.title === 'Members piece')
    expect(members).toBeDefined()
    expect(members?.text ?? '').not.toContain('full text')
    const redacted = list.docs.find((doc) => doc.title === 'Redacted testimony')
    expect(redacted?.text ?? '').not.toContain('transcript')
  })

  it('nobody writes to the index over the API', async () => {
    for (const role of ROLES) {
      const response = await api('/api/search', { ...who[role], method: 'POST', body: { title: 'injected' } })
      expect(response.status, role).toBe(403)
    }
  })
})

describe('api keys, tombstones and the change feed', () => {
  const keyReaders: Role[] = ['integrator', 'admin']

  it.each(rows(ROLES, (role) => (keyReaders.includes(role) ? 200 : 403)))('%s: lists api keys → %i', async (role, status) => {
    const response = await get(role, '/api/api-keys?depth=0')
    expect(response.status).toBe(status)
    if (status === 200) expect(JSON.stringify(await response.json())).not.toMatch(/keyHash|"key":"chq_/)
  })

  it.each(ROLES.filter((role) => role !== 'admin'))('%s: cannot read or write tombstones directly', async (role) => {
    expect((await get(role, '/api/tombstones')).status).toBe(403)
    const create = await api('/api/tombstones', { ...who[role], method: 'POST', body: { docCollection: 'articles', docId: fx.publicArticle, reason: 'deleted' } })
    expect(create.status).toBe(403)
  })

  it.each(ROLES)('%s: the change feed holds no drafts; visitors get no staff-only evidence and no members-only text', async (role) => {
    const response = await get(role, '/api/changes?limit=100')
    expect(response.status).toBe(200)
    const feed = await json<{ changes: { kind: string; id: string; doc?: { title?: string; body?: unknown } }[] }>(response)
    const ids = feed.changes.map((change) => change.id)
    expect(ids).toContain(fx.publicArticle)
    expect(ids).not.toContain(fx.draftArticle)
    expect(ids).not.toContain(fx.draftReport)
    expect(ids).not.toContain(fx.draftEvidence)
    if (['anonymous', 'integrator', 'lapsedMember', 'membership'].includes(role)) {
      expect(ids).not.toContain(fx.staffEvidence)
      const members = feed.changes.find((change) => change.id === fx.membersArticle)
      expect(members?.doc?.title).toBe('Members piece')
      expect(members?.doc?.body ?? null).toBeNull()
    }
  })
})
