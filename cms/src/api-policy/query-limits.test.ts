import { describe, expect, it } from 'vitest'

import { queryProblem } from './query-limits'

const problem = (query: string) => queryProblem(new URLSearchParams(query))

describe('queryProblem', () => {
  it.each(['', 'limit=1', 'limit=100', 'depth=0', 'depth=3', 'page=7', 'joins[articles][limit]=100', 'where={"title":{"equals":"x"}}', 'where[title][equals]=x'])(
    'accepts %s',
    (query) => expect(problem(query)).toBeUndefined(),
  )

  it.each([
    ['limit=101', 'limit must be a whole number from 1 to 100; got "101".'],
    ['limit=0', 'limit must be a whole number from 1 to 100; got "0".'],
    ['limit=-5', 'limit must be a whole number from 1 to 100; got "-5".'],
    ['limit=abc', 'limit must be a whole number from 1 to 100; got "abc".'],
    ['joins[articles][limit]=1000', 'joins[articles][limit] must be a whole number from 1 to 100; got "1000".'],
    ['depth=4', 'depth must be a whole number from 0 to 3; got "4".'],
    ['page=0', 'page must be a whole number of 1 or more; got "0".'],
    ['where=garbage', 'where must be a JSON object (or given as where[…]=… parameters).'],
    ['data=[1]', 'data must be a JSON object (or given as data[…]=… parameters).'],
  ])('refuses %s', (query, message) => expect(problem(query)).toBe(message))

  it("lets a lookup by ids ask for up to 250, as the admin's list view does for related titles", () => {
    expect(problem('depth=0&draft=true&limit=250&where[id][in]=a,b,c')).toBeUndefined()
    expect(problem('limit=251&where[id][in]=a')).toBe('limit must be a whole number from 1 to 250; got "251".')
    expect(problem('limit=250&where[title][in]=a')).toBe('limit must be a whole number from 1 to 100; got "250".')
    expect(problem('limit=0&where[id][in]=a')).toBe('limit must be a whole number from 1 to 250; got "0".')
  })

  it('leaves page bounds to reads: bulk writes send limit=0 for "every match"', () => {
    expect(queryProblem(new URLSearchParams('limit=0&where[id][in]=a,b'), 'DELETE')).toBeUndefined()
    expect(queryProblem(new URLSearchParams('where=garbage'), 'PATCH')).toMatch(/^where must be a JSON object/)
  })
})
