import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { up as installIndex } from '../../src/migrations/20261126_213000_search_full_text'
import { parseFilters, queryWords, toFtsQuery } from '../../src/plugins/full-text'
import { buildArticle, buildReport, richText } from './factories'
import { api, bootPayload, json } from './harness'

/**
 * `GET /api/search/full-text`: the same answers from the Payload/LIKE fallback (this
 * test database's schema is pushed, so it starts without the index) and, once the
 * migration has installed it, from the SQLite full-text index, which then follows every
 * change.
 */
const sqlite = process.env.TEST_DATABASE !== 'mongodb'
let payload: Payload

async function titlesFor(query: string, extra = ''): Promise<string[]> {
  const response = await api(`/api/search/full-text?q=${encodeURIComponent(query)}&limit=50${extra}`)
  expect(response.status, await response.clone().text()).toBe(200)
  return (await json<{ docs: { title: string }[] }>(response)).docs.map((doc) => doc.title).sort()
}

const QUERIES = ['mining', 'min', 'water rights', 'Cajamarca', 'nothing-like-this', 'Río']
const answers = new Map<string, string[]>()
/** A topic and a region only the first article has. */
let filtered = ''

beforeAll(async () => {
  payload = await bootPayload()
  const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: 'Water', slug: 'water' } })
  filtered = `&topic=${topic.id}&region=cajamarca`
  await buildArticle(payload, { title: 'Water and mining in Cajamarca', summary: 'Lagoons above the mine.', topics: [topic.id], regions: ['cajamarca'] })
  await buildArticle(payload, { title: 'Rights defenders', summary: 'Land and water rights in Espinar.' })
  await buildArticle(payload, {
    title: 'Minería en el Perú',
    summary: 'Resumen.',
    language: 'es',
    body: richText('La minería y el agua en Río Blanco.'),
    publishedAt: '2012-03-01T09:00:00.000Z',
  })
  await buildReport(payload, { title: 'Annual report', summary: 'Our year.', body: richText('Mining conflicts rose in 2012.'), publishedAt: '2012-06-01T09:00:00.000Z' })
  await buildArticle(payload, { title: 'Secret mining draft', _status: 'draft' })
  for (const query of QUERIES) answers.set(query, await titlesFor(query))
})

describe('full-text search', () => {
  it('matches every word, as a prefix, in title, summary or text; never drafts', () => {
    expect(answers.get('mining')).toEqual(['Annual report', 'Water and mining in Cajamarca'])
    expect(answers.get('min')).toEqual(['Annual report', 'Minería en el Perú', 'Water and mining in Cajamarca'])
    expect(answers.get('water rights')).toEqual(['Rights defenders'])
    expect(answers.get('Río')).toEqual(['Minería en el Perú'])
    expect(answers.get('nothing-like-this')).toEqual([])
  })

  const filtersWork = async () => {
    expect(await titlesFor('mining', '&section=reports')).toEqual(['Annual report'])
    expect(await titlesFor('min', '&language=es')).toEqual(['Minería en el Perú'])
    expect(await titlesFor('min', '&year=2011')).toEqual([])
    expect(await titlesFor('min', '&year=2012')).toHaveLength(3)
    expect(await titlesFor('', filtered)).toEqual(['Water and mining in Cajamarca'])
    expect(await titlesFor('rights', filtered)).toEqual([])
  }

  /** Newest first, in pages; a page past the last one has no entries but still counts them. */
  const pagesWork = async () => {
    const page = async (number: number) =>
      json<{ totalDocs: number; totalPages: number; page: number; docs: { title: string }[] }>(await api(`/api/search/full-text?q=min&limit=1&page=${number}`))
    const pages = [await page(1), await page(2), await page(3)]
    expect(pages.map((each) => each.docs.map((doc) => doc.title))).toEqual([['Water and mining in Cajamarca'], ['Annual report'], ['Minería en el Perú']])
    expect(pages[1]).toMatchObject({ totalDocs: 3, totalPages: 3, page: 2 })
    expect(await page(4)).toMatchObject({ docs: [], totalDocs: 3, totalPages: 3 })
  }

  it('filters and pages, newest first', async () => {
    await filtersWork()
    await pagesWork()
  })

  it('refuses a bad filter with 400 and says which', async () => {
    const response = await api('/api/search/full-text?q=x&limit=500')
    expect(response.status).toBe(400)
    // The API's guard (src/api-policy) answers before the endpoint's own check, which stands behind it.
    expect((await json<{ errors: { message: string }[] }>(response)).errors[0]?.message).toMatch(/^limit must be a whole number from 1 to 100/)
    expect(parseFilters(new URLSearchParams('limit=500'))).toEqual({ ok: false, error: 'limit must be a whole number from 1 to 100' })
    expect(parseFilters(new URLSearchParams('region=atlantis'))).toMatchObject({ ok: false, error: expect.stringMatching(/^region must be one of/) })
    expect(parseFilters(new URLSearchParams('section=users'))).toMatchObject({ ok: false })
    expect(parseFilters(new URLSearchParams('year=20x5'))).toMatchObject({ ok: false })
  })

  it('turns any query into words, so FTS syntax in it is inert', () => {
    expect(queryWords('  "water" AND rights* NEAR(x) ')).toEqual(['water', 'AND', 'rights', 'NEAR', 'x'])
    expect(toFtsQuery(['water', 'AND'])).toBe('"water"* "AND"*')
    expect(queryWords('!!!')).toEqual([])
  })

  it.runIf(sqlite)('answers the same from the index once the migration installs it, and follows every change', async () => {
    // A migration's `up` uses only `db` (the SQLite adapter's drizzle handle, which Payload types adapter-agnostically).
    await installIndex({ db: payload.db.drizzle, payload, req: {} } as unknown as Parameters<typeof installIndex>[0])
    for (const query of QUERIES) expect(await titlesFor(query), query).toEqual(answers.get(query))
    await filtersWork()
    await pagesWork()
    // What LIKE cannot do: a word typed without its accents.
    expect(await titlesFor('mineria rio')).toEqual(['Minería en el Perú'])

    const added = await buildArticle(payload, { title: 'Copper corridor', summary: 'Blockades in Cotabambas.' })
    expect(await titlesFor('cotabambas')).toEqual(['Copper corridor'])

    await payload.update({ collection: 'articles', id: added.id, data: { summary: 'Blockades in Espinar.' } })
    expect(await titlesFor('cotabambas')).toEqual([])
    expect(await titlesFor('espinar')).toEqual(['Copper corridor', 'Rights defenders'])

    await payload.update({ collection: 'articles', id: added.id, data: { _status: 'draft' } })
    expect(await titlesFor('espinar')).toEqual(['Rights defenders'])

    const removed = await buildArticle(payload, { title: 'Short-lived', summary: 'Ephemeral words.' })
    expect(await titlesFor('ephemeral')).toEqual(['Short-lived'])
    await payload.delete({ collection: 'articles', id: removed.id })
    expect(await titlesFor('ephemeral')).toEqual([])
  })
})

if (!sqlite) console.warn('⚠ full-text.int.test.ts: the SQLite full-text index is not tested on MongoDB (LIKE fallback only).')
