import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { depthLimitRule } from './depth-limit'

const schema = buildSchema('type Query { node: Node } type Node { child: Node, name: String }')
const errors = (query: string, max: number) => validate(schema, parse(query), [depthLimitRule(max)]).map((error) => error.message)

describe('depthLimitRule', () => {
  it('counts nested selections and gives both numbers', () => {
    expect(errors('{ node { child { name } } }', 3)).toEqual([])
    expect(errors('{ node { child { child { name } } } }', 3)).toEqual(['Query depth 4 exceeds the limit of 3.'])
  })

  it('follows fragments, named and inline', () => {
    const query = 'query { node { ...deeper } } fragment deeper on Node { child { ... on Node { child { name } } } }'
    expect(errors(query, 3)).toEqual(['Query depth 4 exceeds the limit of 3.'])
  })

  it('does not loop on a fragment that spreads itself (graphql reports the cycle)', () => {
    expect(errors('{ node { ...loop } } fragment loop on Node { child { ...loop } }', 10)).toEqual([])
  })
})
