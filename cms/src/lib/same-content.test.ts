import { describe, expect, it } from 'vitest'

import { sameContent } from './same-content'

describe('sameContent', () => {
  it('ignores key order and undefined members', () => {
    expect(sameContent({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1, z: undefined })).toBe(true)
  })

  it('sees a changed word, an added row or a reordered list', () => {
    expect(sameContent({ text: 'Peru' }, { text: 'Perú' })).toBe(false)
    expect(sameContent([1, 2], [1, 2, 3])).toBe(false)
    expect(sameContent([1, 2], [2, 1])).toBe(false)
  })

  it('treats missing and null alike', () => {
    expect(sameContent(undefined, null)).toBe(true)
  })
})
