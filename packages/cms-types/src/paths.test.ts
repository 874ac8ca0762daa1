import { describe, expect, it } from 'vitest'

import { sitePath, translationPath } from './paths.js'

describe('sitePath', () => {
  it('puts English at the root and Spanish under /es', () => {
    expect(sitePath({ collection: 'articles', slug: 'minewatch-launch' })).toBe('/articles/minewatch-launch')
    expect(sitePath({ collection: 'reports', slug: 'mineria-aurifera' }, 'es')).toBe('/es/reports/mineria-aurifera')
  })

  it('addresses bulletins by number and pages at the top level', () => {
    expect(sitePath({ collection: 'bulletins', number: 154 })).toBe('/bulletins/154')
    expect(sitePath({ collection: 'pages', slug: 'historical-overview' })).toBe('/historical-overview')
    expect(sitePath({ collection: 'case-studies', slug: 'rio-blanco' })).toBe('/case-studies/rio-blanco')
    expect(sitePath({ collection: 'evidence', id: 'abc-123' })).toBe('/evidence/abc-123')
  })

  it('escapes what a slug should never contain', () => {
    expect(sitePath({ collection: 'articles', slug: 'a b/c' })).toBe('/articles/a%20b%2Fc')
  })
})

describe('translationPath', () => {
  it('puts an edition under its language, in its original’s section', () => {
    expect(translationPath('reports', 'mineria-aurifera-artesanal', 'es')).toBe('/es/reports/mineria-aurifera-artesanal')
    expect(translationPath('pages', 'panorama-historico', 'es')).toBe('/es/panorama-historico')
    expect(translationPath('articles', 'peru-inequality', 'en')).toBe('/articles/peru-inequality')
  })
})
