import { toQueryString } from '@chasqui/cms-client'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle, richText } from './factories'
import { api, bootPayload, graphql } from './harness'

/**
 * Random REST queries and GraphQL documents, valid and not, against the real handlers:
 * none may answer 5xx, show a stack trace, or show an anonymous reader a draft or a
 * members-only body. Sized to run in about a minute; a failure prints the seed to replay.
 */

// Words that appear only in content anonymous readers must never get.
const DRAFT_MARKER = 'zanzibar'
const MEMBERS_MARKER = 'quetzal'

const FIELDS = [
  ...['title', 'slug', '_status', 'publishedAt', 'visibility', 'body', 'summary', 'id', 'number', 'kind', 'topics', 'bulletin', 'language', 'createdAt'],
  ...['doc.value', 'title.en', 'meta.title', 'bulletin.publishedAt', 'bulletin.number', 'topics.name', 'heroImage.alt', 'nonexistent', 'and', 'or'],
]
const OPERATORS = ['equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'like', 'not_like', 'contains', 'near', 'within', 'intersects', 'bogus']
const COLLECTIONS = ['articles', 'bulletins', 'reports', 'case-studies', 'translations', 'pages', 'topics', 'search', 'media', 'documents', 'evidence', 'members', 'users', 'globals/home', 'globals/site-settings']

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 1_000_000 }).map(String),
  fc.constantFrom('true', 'false', 'draft', 'published', 'members', 'public', '2020-01-01', '2020-01-01T00:00:00Z', 'notadate', '1,2', '', 'null'),
)

const { where: anyWhere } = fc.letrec<{ where: Record<string, unknown>; condition: unknown }>((tie) => ({
  where: fc.dictionary(fc.constantFrom(...FIELDS), tie('condition'), { maxKeys: 3 }),
  condition: fc.oneof(
    { depthSize: 'small' },
    fc.dictionary(fc.constantFrom(...OPERATORS), fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })), { minKeys: 1, maxKeys: 2 }),
    fc.array(tie('where'), { maxLength: 2 }),
    scalar,
  ),
}))

/** Mostly conditions on real fields, so many queries get past validation to the database. */
const where = fc.oneof(
  { arbitrary: fc.dictionary(fc.constantFrom('title', '_status', 'visibility', 'publishedAt', 'slug'), fc.dictionary(fc.constantFrom('equals', 'not_equals', 'like', 'exists', 'in', 'greater_than'), scalar, { minKeys: 1, maxKeys: 1 }), { minKeys: 1, maxKeys: 2 }), weight: 2 },
  anyWhere,
)

const restQuery = fc.record(
  {
    where,
    limit: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 100 }).map(String), weight: 4 }, fc.integer({ min: -2, max: 150 }).map(String), scalar),
    depth: fc.oneof({ arbitrary: fc.integer({ min: 0, max: 3 }).map(String), weight: 4 }, fc.integer({ min: -1, max: 6 }).map(String), scalar),
    page: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 3 }).map(String), weight: 4 }, fc.integer({ min: -1, max: 5 }).map(String), scalar),
    // Mostly fields every collection has, since an unknown sort field is refused (400).
    sort: fc.oneof(
      { arbitrary: fc.constantFrom('id', '-id', 'createdAt', '-createdAt', 'updatedAt', '-updatedAt'), weight: 4 },
      fc.constantFrom(...FIELDS).map((field) => `-${field}`),
      fc.constantFrom(...FIELDS),
      scalar,
    ),
    select: fc.dictionary(fc.constantFrom(...FIELDS), fc.constantFrom('true', 'false', 'x'), { maxKeys: 3 }),
    locale: fc.constantFrom('en', 'es', 'all', '*', 'xx', ''),
    draft: fc.constantFrom('true', 'false', 'x'),
    pagination: fc.constantFrom('true', 'false'),
  },
  { requiredKeys: [] },
)

const GRAPHQL_LISTS = ['Articles', 'Bulletins', 'Reports', 'CaseStudies', 'Search', 'Topics', 'Members', 'Users', 'Pages', 'allMedia']
const graphqlArgs = fc
  .record(
    {
      limit: fc.integer({ min: -2, max: 150 }),
      page: fc.integer({ min: -1, max: 3 }),
      draft: fc.boolean(),
      where: fc.constantFrom(
        '{ _status: { equals: draft } }',
        '{ visibility: { equals: members } }',
        '{ title: { like: "a" } }',
        '{ publishedAt: { greater_than: "notadate" } }',
        '{ bogus: { equals: 1 } }',
        '{ OR: [{ title: { exists: true } }] }',
      ),
      sort: fc.constantFrom('title', '-publishedAt', 'nonexistent'),
    },
    { requiredKeys: [] },
  )
  .map((args) => Object.entries(args).map(([name, value]) => `${name}: ${typeof value === 'string' && !value.startsWith('{') ? JSON.stringify(value) : String(value)}`))

const { selection } = fc.letrec<{ selection: string }>((tie) => ({
  selection: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('id', 'title', 'summary', 'body', 'slug', '_status', 'visibility', 'email', 'nope', '__typename'),
    fc.tuple(fc.constantFrom('docs', 'bulletin', 'articles', 'topics', 'heroImage', 'meta', 'doc'), fc.array(tie('selection'), { minLength: 1, maxLength: 3 })).map(
      ([field, children]) => `${field} { ${children.join(' ')} }`,
    ),
  ),
}))

const graphqlDocument = fc.oneof(
  fc
    .tuple(fc.constantFrom(...GRAPHQL_LISTS), graphqlArgs, fc.array(selection, { minLength: 1, maxLength: 3 }))
    .map(([root, args, fields]) => `{ ${root}${args.length ? `(${args.join(', ')})` : ''} { docs { ${fields.join(' ')} } totalDocs } }`),
  fc.string({ maxLength: 40 }).map((text) => `{ Articles { docs { ${text} } } }`),
  fc.string({ maxLength: 60 }),
)

/** Answers by status class, so a run that only ever met refusals shows up as such. */
const seen = new Map<string, number>()

function expectSafeAnswer(status: number, text: string) {
  const statusClass = `${String(status)[0]}xx`
  seen.set(statusClass, (seen.get(statusClass) ?? 0) + 1)
  expect(status).toBeLessThan(500)
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/)
  expect(text.toLowerCase()).not.toContain(DRAFT_MARKER)
  expect(text.toLowerCase()).not.toContain(MEMBERS_MARKER)
}

describe('API fuzz: random queries never 5xx, never leak', () => {
  let payload: Payload
  let draftId: string

  beforeAll(async () => {
    payload = await bootPayload()
    const published = await buildArticle(payload, { title: 'Public piece' })
    // A published document with an unpublished revision, a draft, and a members-only body.
    await payload.update({ collection: 'articles', id: published.id, draft: true, data: { title: 'Zanzibar revision' } })
    draftId = (await buildArticle(payload, { title: 'Zanzibar draft', _status: 'draft' })).id
    await buildArticle(payload, { title: 'Members piece', visibility: 'members', body: richText('Quetzal members-only text') })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  afterAll(() => {
    // The properties mean little if no random query was ever answered with content.
    const total = [...seen.values()].reduce((sum, count) => sum + count, 0)
    console.log('fuzz answers by status:', Object.fromEntries(seen))
    expect(seen.get('2xx') ?? 0).toBeGreaterThan(total / 10)
  })

  it('REST: any query string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COLLECTIONS), restQuery, async (collection, params) => {
        const response = await api(`/api/${collection}${toQueryString(params)}`)
        expectSafeAnswer(response.status, await response.text())
      }),
      { numRuns: 2000 },
    )
  })

  it('REST: a draft by id, whatever the parameters', async () => {
    await fc.assert(
      fc.asyncProperty(restQuery, async (params) => {
        const response = await api(`/api/articles/${draftId}${toQueryString(params)}`)
        expectSafeAnswer(response.status, await response.text())
      }),
      { numRuns: 400 },
    )
  })

  it('GraphQL: any document', async () => {
    await fc.assert(
      fc.asyncProperty(graphqlDocument, async (query) => {
        const { status, body } = await graphql(query)
        expectSafeAnswer(status, JSON.stringify(body))
      }),
      { numRuns: 1200 },
    )
  })
})
