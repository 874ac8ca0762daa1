import { describe, expect, it } from 'vitest'

import { formatDate } from './format'

describe('formatDate', () => {
  it('shows the UTC calendar day in British English', () => {
    expect(formatDate('2012-12-19T09:00:00.000Z')).toBe('19 December 2012')
    expect(formatDate('2012-12-19T23:30:00.000Z')).toBe('19 December 2012')
  })

  it('returns null for a missing or malformed date', () => {
    expect(formatDate(null)).toBeNull()
    expect(formatDate('not a date')).toBeNull()
  })
})
