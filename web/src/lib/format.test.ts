import { describe, expect, it } from 'vitest'

import { excerpt, formatBytes, formatDate } from './format'

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

describe('excerpt', () => {
  it('keeps a summary that fits, trimmed', () => {
    expect(excerpt('  Mining and water in Cajamarca.  ')).toBe('Mining and water in Cajamarca.')
    expect(excerpt('x'.repeat(220))).toHaveLength(220)
  })

  it('cuts a long summary after its last whole sentence when that is past half the length', () => {
    const first = 'The ombudsman counted 212 social conflicts in October, most of them over mining and water.'
    const second = 'Communities in Espinar and Cotabambas blocked the mining corridor again this month.'
    const text = `${first} ${second} A third sentence that will not fit in any case at all here.`
    expect(excerpt(text)).toBe(`${first} ${second}`)
  })

  it('otherwise cuts at the last whole word, without trailing punctuation, and adds an ellipsis', () => {
    const text = `${'word '.repeat(30)}and, finally, ${'long '.repeat(30)}`
    const result = excerpt(text, 60)
    expect(result.endsWith('…')).toBe(true)
    expect(result.length).toBeLessThanOrEqual(61)
    expect(result).not.toMatch(/[\s,]…$/)
    expect(text.startsWith(result.slice(0, -1))).toBe(true)
  })

  it('cuts a single unbroken word at the length', () => {
    expect(excerpt('a'.repeat(300), 50)).toBe(`${'a'.repeat(50)}…`)
  })
})
