import type { Article, CaseStudy, Company, Conflict, Evidence, Member, Project, Report, Translation } from '@chasqui/cms-types'
import type { Payload } from 'payload'
import { toSlug } from '../../src/lib/to-slug'

/**
 * `build<Thing>(payload, overrides)`: test documents with sensible defaults. Published
 * unless `_status: 'draft'` is given. Everything goes through the Local API with access
 * control off, as fixtures, not as the thing under test.
 */

type Input<T> = Partial<Omit<T, 'id' | 'createdAt' | 'updatedAt'>>

const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})
export { richText }

const publishing = (status: 'draft' | 'published' | undefined) =>
  (status ?? 'published') === 'draft'
    ? { draft: true as const, data: { _status: 'draft' as const } }
    : { draft: undefined, data: { _status: 'published' as const, publishedAt: '2012-12-19T09:00:00.000Z' } }

type Editorial = 'articles' | 'reports' | 'case-studies'
type Editable<C extends Editorial> = C extends 'articles' ? Article : C extends 'reports' ? Report : CaseStudy

/** The shared shape of the editorial builders: defaults, a slug from the title, a publication state. */
async function buildEditorial<C extends Editorial>(
  payload: Payload,
  collection: C,
  defaults: Record<string, unknown>,
  overrides: Input<Editable<C>> & { title: string },
): Promise<Editable<C>> {
  const { draft, data } = publishing((overrides as { _status?: 'draft' | 'published' })._status)
  const doc = await payload.create({
    collection,
    draft,
    data: {
      summary: `${overrides.title} — summary`,
      slug: toSlug(overrides.title),
      language: 'en',
      ...defaults,
      ...data,
      ...overrides,
    },
  } as Parameters<Payload['create']>[0])
  return doc as unknown as Editable<C>
}

export const buildArticle = (payload: Payload, overrides: Input<Article> & { title: string }) =>
  buildEditorial(payload, 'articles', { kind: 'news', body: richText(`${overrides.title} — full text`), visibility: 'public' }, overrides)

export const buildReport = (payload: Payload, overrides: Input<Report> & { title: string }) =>
  buildEditorial(payload, 'reports', { kind: 'research', body: richText(`${overrides.title} — full text`), visibility: 'public' }, overrides)

export const buildCaseStudy = (payload: Payload, overrides: Input<CaseStudy> & { title: string }) =>
  buildEditorial(
    payload,
    'case-studies',
    { chapters: [{ title: 'Chapter one', body: richText('Chapter one text') }], region: 'piura' },
    overrides,
  )

export async function buildEvidence(payload: Payload, overrides: Input<Evidence> & { title: string }): Promise<Evidence> {
  const { draft, data } = publishing(overrides._status ?? undefined)
  return payload.create({
    collection: 'evidence',
    draft,
    data: {
      kind: 'testimony',
      date: '2005-08-01T00:00:00.000Z',
      description: `${overrides.title} — description`,
      provenance: 'Collected by the demo project.',
      citation: `${overrides.title}, demo citation`,
      transcript: `${overrides.title} — transcript`,
      sensitivity: 'public',
      consentRecorded: true,
      language: 'es',
      ...data,
      ...overrides,
    },
  })
}

export async function buildTranslation(
  payload: Payload,
  overrides: Input<Translation> & { title: string; original: Translation['original'] },
): Promise<Translation> {
  const { draft, data } = publishing(overrides._status ?? undefined)
  return payload.create({
    collection: 'translations',
    draft,
    data: {
      language: 'es',
      summary: `${overrides.title} — resumen`,
      slug: toSlug(overrides.title),
      body: richText(`${overrides.title} — texto completo`),
      visibility: 'public',
      ...data,
      ...overrides,
    },
  })
}

export async function buildMember(
  payload: Payload,
  overrides: Input<Member> & { email: string; password?: string },
): Promise<Member & { password: string }> {
  const password = overrides.password ?? 'member-password-123'
  const member = await payload.create({
    collection: 'members',
    data: { name: 'A Member', tier: 'individual', status: 'active', _verified: true, ...overrides, password },
    disableVerificationEmail: true,
  })
  return { ...member, password }
}

export async function buildCompany(payload: Payload, overrides: Input<Company> & { name: string }): Promise<Company> {
  return payload.create({
    collection: 'companies',
    data: { slug: toSlug(overrides.name), listing: 'aim', ticker: 'TST', ...overrides },
  })
}

export async function buildProject(
  payload: Payload,
  overrides: Input<Project> & { name: string; owners: Project['owners'] },
): Promise<Project> {
  return payload.create({
    collection: 'projects',
    data: { slug: toSlug(overrides.name), region: 'cajamarca', minerals: ['copper'], stage: 'exploration', ...overrides },
  })
}

export async function buildConflict(payload: Payload, overrides: Input<Conflict> & { title: string; project: string }): Promise<Conflict> {
  return payload.create({
    collection: 'conflicts',
    data: {
      slug: toSlug(overrides.title),
      description: `${overrides.title} — description`,
      type: 'environmental',
      status: 'active',
      reportMonth: '2012-10',
      firstReported: '2012-03-01',
      lastUpdated: '2012-10-15',
      sources: [{ title: 'Defensoría report 104', url: 'https://www.defensoria.gob.pe/reporte-104', date: '2012-10-31' }],
      ...overrides,
    },
  })
}
