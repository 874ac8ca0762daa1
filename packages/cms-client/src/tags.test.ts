import { describe, expect, it } from 'vitest'

import { tags } from './tags.js'

describe('cache tags', () => {
  it('names a collection and a document distinctly', () => {
    expect(tags.collection('articles')).toBe('cms:articles')
    expect(tags.document('articles', 'abc')).toBe('cms:articles:abc')
    expect(tags.document('articles', 'abc')).not.toBe(tags.collection('articles'))
  })
})
