import type { Section } from '@chasqui/cms-client'
import { type Language, LANGUAGES, REGIONS, type Region, SEARCHABLE_SECTIONS } from '@chasqui/cms-types'

/** The types a reader can filter search by (shared with the cms's search endpoint). */
export { SEARCHABLE_SECTIONS }

/** The oldest year the year filter offers. */
export const FIRST_YEAR = 1990

export type SearchQuery = {
  query: string
  section?: Section
  topic?: string
  region?: Region
  year?: number
  language?: Language
  page: number
}

type Raw = Record<string, string | string[] | undefined>

/**
 * The search form's query string, checked: a value that is not one of the choices is
 * dropped and named in `ignored`, so the page can say so instead of failing or
 * silently showing everything.
 */
export function parseSearchParams(raw: Raw, currentYear = new Date().getFullYear()): { search: SearchQuery; ignored: string[] } {
  const one = (name: string) => {
    const value = raw[name]
    const text = (Array.isArray(value) ? value[0] : value)?.trim()
    return text ? text : undefined
  }
  const ignored: string[] = []
  const pick = <T>(name: string, valid: (value: string) => T | undefined): T | undefined => {
    const value = one(name)
    if (value === undefined) return undefined
    const parsed = valid(value)
    if (parsed === undefined) ignored.push(name)
    return parsed
  }
  const search: SearchQuery = {
    query: (one('q') ?? '').slice(0, 200),
    page: pick('page', (value) => (/^[1-9]\d{0,4}$/.test(value) ? Number(value) : undefined)) ?? 1,
  }
  const section = pick('type', (value) => SEARCHABLE_SECTIONS.find((candidate) => candidate === value))
  const topic = pick('topic', (value) => (/^[a-z0-9-]{1,100}$/.test(value) ? value : undefined))
  const region = pick('region', (value) => REGIONS.find((candidate) => candidate.value === value)?.value)
  const year = pick('year', (value) => {
    const number = Number(value)
    return Number.isInteger(number) && number >= FIRST_YEAR && number <= currentYear ? number : undefined
  })
  const language = pick('language', (value) => LANGUAGES.find((candidate) => candidate === value))
  return {
    search: {
      ...search,
      ...(section && { section }),
      ...(topic && { topic }),
      ...(region && { region }),
      ...(year && { year }),
      ...(language && { language }),
    },
    ignored,
  }
}

/** The query string for a search, as the form would send it (for pagination links). */
export function searchQueryString(search: SearchQuery, page: number): string {
  const params = new URLSearchParams()
  if (search.query) params.set('q', search.query)
  if (search.section) params.set('type', search.section)
  if (search.topic) params.set('topic', search.topic)
  if (search.region) params.set('region', search.region)
  if (search.year) params.set('year', String(search.year))
  if (search.language) params.set('language', search.language)
  if (page > 1) params.set('page', String(page))
  const text = params.toString()
  return text ? `?${text}` : ''
}
