import { FEED_SELECT } from '@chasqui/cms-client'
import { type Language, LANGUAGES, type Region, REGIONS, SEARCHABLE_SECTIONS } from '@chasqui/cms-types'
import { sql } from '@payloadcms/db-sqlite'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { MAX_PAGE_SIZE } from '../api-policy'

/**
 * `GET /api/search/full-text`: the site's search, for anyone — published, public
 * entries of the search collection whose title, summary or text contain every word of
 * `q` (as a word prefix, accents ignored: "min" finds "minería"), with optional filters,
 * newest first, in pages. Answers as a Payload list (`docs`, `totalDocs`, `page`, …).
 *
 *   q         words (at most 12 are used)
 *   section   articles | reports | case-studies | bulletins | pages | evidence
 *             (translations count as their original's section)
 *   topic     a topic id          region   a region value
 *   year      a year              language en | es
 *   page      from 1              limit    1–100 (default 20)
 *
 * On SQLite the words are looked up in the FTS5 index that the migration
 * 20261126_213000_search_full_text keeps beside the collection, and the page and its
 * total are chosen from that index and a slim table of the filtered columns: no request
 * reads the collection's rows, except the page's own. Without
 * that index (MongoDB, or a development database whose schema Payload pushes) the same
 * filters go through Payload with LIKE, more slowly and a little differently: accents
 * must then match, and a word also matches inside longer words.
 */

const MAX_WORDS = 12
const REGION_VALUES: Region[] = REGIONS.map((region) => region.value)

export type FullTextFilters = {
  words: string[]
  section?: (typeof SEARCHABLE_SECTIONS)[number]
  topic?: string
  region?: Region
  year?: number
  language?: Language
  page: number
  limit: number
}

/** The words of a query, as the index splits text: runs of letters and digits. */
export function queryWords(query: string): string[] {
  return (query.normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS)
}

/** An FTS5 query requiring every word, each as a prefix; quoted, so no word is an operator. */
export function toFtsQuery(words: string[]): string {
  return words.map((word) => `"${word}"*`).join(' ')
}

type Parsed = { ok: true; filters: FullTextFilters } | { ok: false; error: string }

/** Reads and checks the query string; an unknown value is an error, never silently ignored. */
export function parseFilters(query: URLSearchParams): Parsed {
  let error: string | undefined
  const one = (name: string) => query.get(name)?.trim() || undefined
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const value = one(name)
    if (value === undefined) return undefined
    if ((allowed as readonly string[]).includes(value)) return value as T
    error ??= `${name} must be one of: ${allowed.join(', ')}`
    return undefined
  }
  const integer = (name: string, min: number, max: number): number | undefined => {
    const raw = one(name)
    if (raw === undefined) return undefined
    const value = Number(raw)
    if (Number.isInteger(value) && value >= min && value <= max) return value
    error ??= `${name} must be a whole number from ${min} to ${max}`
    return undefined
  }
  const filters: FullTextFilters = {
    words: queryWords(one('q') ?? ''),
    section: oneOf('section', SEARCHABLE_SECTIONS),
    topic: one('topic'),
    region: oneOf('region', REGION_VALUES),
    year: integer('year', 1000, 9999),
    language: oneOf('language', LANGUAGES),
    page: integer('page', 1, 100_000) ?? 1,
    limit: integer('limit', 1, MAX_PAGE_SIZE) ?? 20,
  }
  return error ? { ok: false, error } : { ok: true, filters }
}

/** The same search as a Payload query, for databases without the index. */
export function searchWhere({ words, section, topic, region, year, language }: FullTextFilters): Where {
  return {
    and: [
      ...words.map((word): Where => ({ or: ['title', 'summary', 'text'].map((field): Where => ({ [field]: { like: word } })) })),
      ...(section ? [{ or: [{ type: { equals: section } }, { originalType: { equals: section } }] }] : []),
      ...(topic ? [{ topics: { in: [topic] } }] : []),
      ...(region ? [{ regions: { in: [region] } }] : []),
      ...(year ? [{ year: { equals: year } }] : []),
      ...(language ? [{ language: { equals: language } }] : []),
    ],
  }
}

type SqlQuery = ReturnType<typeof sql>
type SqliteDb = { name: string; drizzle: { all: <T>(query: SqlQuery) => Promise<T[]> } }

/** The ids of one page of results and their total, from the index; null without one. */
async function indexedPage(req: PayloadRequest, filters: FullTextFilters): Promise<{ ids: string[]; total: number } | null> {
  // Payload types `db` as the adapter-agnostic interface; the SQLite adapter's drizzle handle is checked by name first.
  const db = req.payload.db as unknown as SqliteDb
  if (db.name !== 'sqlite') return null
  const { words, section, topic, region, year, language, page, limit } = filters
  const conditions: SqlQuery[] = [
    ...(words.length ? [sql`e.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ${toFtsQuery(words)})`] : []),
    ...(section ? [sql`(e.type = ${section} OR e.original_type = ${section})`] : []),
    ...(topic ? [sql`EXISTS (SELECT 1 FROM search_rels t WHERE t.parent_id = e.search_id AND t.path = 'topics' AND t.topics_id = ${topic})`] : []),
    ...(region ? [sql`EXISTS (SELECT 1 FROM search_regions g WHERE g.parent_id = e.search_id AND g.value = ${region})`] : []),
    ...(year ? [sql`e.year = ${year}`] : []),
    ...(language ? [sql`e.language = ${language}`] : []),
  ]
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``
  try {
    // One statement: the matches are found once (MATERIALIZED), then counted and the page
    // taken from them. A page query and a count query each looked every word up and read
    // every match; this takes about two thirds of the time. The LEFT JOIN keeps the total
    // when the page is past the last one and has no rows.
    const rows = await db.drizzle.all<{ id: string | null; total: number }>(sql`
      WITH matches AS MATERIALIZED (SELECT e.rowid AS entry, e.search_id AS id, e.published_at AS published_at FROM search_fts_entries e ${where})
      SELECT (SELECT count(*) FROM matches) AS total, page.id AS id
      FROM (SELECT 1) LEFT JOIN (SELECT * FROM matches ORDER BY published_at DESC, entry DESC LIMIT ${limit} OFFSET ${(page - 1) * limit}) page
      ORDER BY page.published_at DESC, page.entry DESC`)
    return { ids: rows.flatMap((row) => (row.id === null ? [] : [row.id])), total: Number(rows[0]?.total ?? 0) }
  } catch (error) {
    if (String((error as { cause?: unknown })?.cause ?? error).includes('no such table: search_fts')) return null
    throw error
  }
}

function paginated<T>(docs: T[], total: number, page: number, limit: number) {
  const totalPages = Math.max(1, Math.ceil(total / limit))
  return {
    docs,
    totalDocs: total,
    limit,
    page,
    totalPages,
    pagingCounter: (page - 1) * limit + 1,
    hasPrevPage: page > 1,
    hasNextPage: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

export const fullTextSearch: Endpoint = {
  path: '/full-text',
  method: 'get',
  handler: async (req) => {
    const parsed = parseFilters(new URL(req.url ?? '', 'http://localhost').searchParams)
    if (!parsed.ok) return Response.json({ errors: [{ message: parsed.error }] }, { status: 400 })
    const { filters } = parsed
    const common = { collection: 'search' as const, depth: 0, select: FEED_SELECT, overrideAccess: false, user: req.user, req }
    const indexed = await indexedPage(req, filters)
    if (!indexed) {
      const result = await req.payload.find({ ...common, where: searchWhere(filters), sort: '-publishedAt', page: filters.page, limit: filters.limit })
      return Response.json(result)
    }
    // The page's documents through Payload, so the collection's read access still applies.
    const found = indexed.ids.length
      ? await req.payload.find({ ...common, where: { id: { in: indexed.ids } }, limit: indexed.ids.length, pagination: false })
      : { docs: [] }
    const byId = new Map(found.docs.map((doc) => [doc.id, doc]))
    const docs = indexed.ids.map((id) => byId.get(id)).filter((doc) => doc !== undefined)
    return Response.json(paginated(docs, indexed.total, filters.page, filters.limit))
  },
}
