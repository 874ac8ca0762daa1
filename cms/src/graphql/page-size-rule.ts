import { type ASTVisitor, GraphQLError, Kind, type ValidationContext, type ValueNode } from 'graphql'

import { MAX_PAGE_SIZE } from '../api-policy/query-limits'

/**
 * Refuses a `limit` argument outside 1…MAX_PAGE_SIZE, given literally or through a
 * variable, as the REST API does for `?limit=`.
 */
export function pageSizeRule(variables: Record<string, unknown> | null | undefined) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(argument) {
      if (argument.name.value !== 'limit') return
      const value = argumentValue(argument.value, variables ?? {})
      if (value === undefined || value === null) return
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
        context.reportError(
          new GraphQLError(`limit must be a whole number from 1 to ${MAX_PAGE_SIZE}; got ${String(value)}.`, {
            nodes: [argument],
            extensions: { code: 'PAGE_TOO_LARGE', limit: MAX_PAGE_SIZE },
          }),
        )
      }
    },
  })
}

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) return variables[node.name.value]
  if (node.kind === Kind.NULL) return null
  return undefined
}
