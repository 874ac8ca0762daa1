import { describe, expect, it } from 'vitest'

import { toQueryString } from './query.js'

describe('toQueryString', () => {
  it('writes Payload where/select/sort in bracket notation', () => {
    const query = toQueryString({
      where: { _status: { equals: 'published' } },
      select: { title: true },
      sort: '-publishedAt',
      limit: 10,
    })
    expect(decodeURIComponent(query)).toBe('?where[_status][equals]=published&select[title]=true&sort=-publishedAt&limit=10')
  })

  it('encodes values that would break the query', () => {
    expect(toQueryString({ where: { title: { equals: 'A & B' } } })).toContain('A%20%26%20B')
  })
})
