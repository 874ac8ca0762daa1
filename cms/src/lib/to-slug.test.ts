import { describe, expect, it } from 'vitest'

import { toSlug } from './to-slug'

describe('toSlug', () => {
  it('keeps accented letters as their plain letters', () => {
    expect(toSlug('Minería aurífera artesanal y en pequeña escala en Perú')).toBe(
      'mineria-aurifera-artesanal-y-en-pequena-escala-en-peru',
    )
    expect(toSlug('Con una edición en español')).toBe('con-una-edicion-en-espanol')
  })

  it('drops punctuation and collapses separators', () => {
    expect(toSlug('Editorial: All that Glitters...')).toBe('editorial-all-that-glitters')
    expect(toSlug('  Update 154 — “Inequality”  ')).toBe('update-154-inequality')
  })

  it('stays a reasonable length', () => {
    expect(toSlug('word '.repeat(60)).length).toBeLessThanOrEqual(96)
    expect(toSlug('word '.repeat(60))).not.toMatch(/-$/)
  })
})
