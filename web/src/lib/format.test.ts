import { describe, expect, it } from 'vitest'

import { formatBytes, formatDate } from './format'

describe('formatDate', () => {
  it('shows the UTC calendar day, in the reader’s language', () => {
    expect(formatDate('2012-12-19T09:00:00.000Z')).toBe('19 December 2012')
    expect(formatDate('2012-12-19T23:30:00.000Z')).toBe('19 December 2012')
    expect(formatDate('2012-12-19T09:00:00.000Z', 'es')).toBe('19 de diciembre de 2012')
  })

  it('returns null for a missing or malformed date', () => {
    expect(formatDate(null)).toBeNull()
    expect(formatDate('not a date')).toBeNull()
  })
})

describe('formatBytes', () => {
  it('uses MB from a megabyte and KB below', () => {
    expect(formatBytes(2.4 * 1024 * 1024)).toBe('2.4 MB')
    expect(formatBytes(310 * 1024)).toBe('310 KB')
    // Spanish as written in Peru (es-PE): decimal point, comma for thousands.
    expect(formatBytes(2.4 * 1024 * 1024, 'es')).toBe('2.4 MB')
    expect(formatBytes(1500 * 1024 * 1024, 'es')).toBe('1,500 MB')
  })
})
