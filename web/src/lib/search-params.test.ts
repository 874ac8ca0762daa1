import { describe, expect, it } from 'vitest'

import { parseSearchParams, searchQueryString } from './search-params'

describe('parseSearchParams', () => {
  it('reads every filter the form sends', () => {
    const { search, ignored } = parseSearchParams(
      { q: '  mining ', type: 'reports', topic: 'extractive-industries', region: 'cajamarca', year: '2012', language: 'es', page: '3' },
      2026,
    )
    expect(search).toEqual({ query: 'mining', section: 'reports', topic: 'extractive-industries', region: 'cajamarca', year: 2012, language: 'es', page: 3 })
    expect(ignored).toEqual([])
  })

  it('treats empty fields as unset and starts at page 1', () => {
    expect(parseSearchParams({ q: '', type: '', year: '' })).toEqual({ search: { query: '', page: 1 }, ignored: [] })
  })

  it('drops values that are not among the choices and names them', () => {
    const { search, ignored } = parseSearchParams({ type: 'users', region: 'atlantis', year: '1700', language: 'fr', page: '0', topic: 'A B' }, 2026)
    expect(search).toEqual({ query: '', page: 1 })
    expect(ignored).toEqual(['page', 'type', 'topic', 'region', 'year', 'language'])
  })

  it('refuses a year in the future', () => {
    expect(parseSearchParams({ year: '2027' }, 2026).ignored).toEqual(['year'])
  })

  it('takes the first of repeated parameters and bounds the query length', () => {
    const { search } = parseSearchParams({ q: ['a'.repeat(300), 'b'], type: ['articles', 'reports'] })
    expect(search.query).toHaveLength(200)
    expect(search.section).toBe('articles')
  })
})

describe('searchQueryString', () => {
  it('round-trips through parseSearchParams', () => {
    const { search } = parseSearchParams({ q: 'río blanco', type: 'case-studies', year: '2005' }, 2026)
    const query = searchQueryString(search, 2)
    expect(query).toBe('?q=r%C3%ADo+blanco&type=case-studies&year=2005&page=2')
    const back = parseSearchParams(Object.fromEntries(new URLSearchParams(query)), 2026).search
    expect(back).toEqual({ ...search, page: 2 })
  })

  it('is empty for an empty first page', () => {
    expect(searchQueryString({ query: '', page: 1 }, 1)).toBe('')
  })
})
