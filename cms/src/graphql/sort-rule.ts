import { type ASTVisitor, getNamedType, GraphQLError, type GraphQLObjectType, isObjectType, Kind, type ValidationContext } from 'graphql'

import { namesOnce, unknownSortName } from '../api-policy/sort-fields'

/** Each document type's field names. */
const fieldNames = namesOnce((type: GraphQLObjectType) => new Set(Object.keys(type.getFields())))

/**
 * Refuses a `sort` argument naming a field its documents do not have, as REST does for
 * `?sort=`: Payload would ignore it and answer in its default order. The names are the
 * fields of the type under the query's `docs` (a collection's list, its versions, a join),
 * given literally or through a variable.
 */
export function sortRule(variables: Record<string, unknown> | null | undefined) {
  return (context: ValidationContext): ASTVisitor => ({
    Argument(argument) {
      if (argument.name.value !== 'sort') return
      const { value: node } = argument
      const sort = node.kind === Kind.STRING ? node.value : node.kind === Kind.VARIABLE ? variables?.[node.name.value] : undefined
      const field = context.getFieldDef()
      if (typeof sort !== 'string' || !sort || !field) return
      const list = getNamedType(field.type)
      const docs = isObjectType(list) ? list.getFields().docs : undefined
      const item = docs && getNamedType(docs.type)
      if (!isObjectType(item)) return
      const problem = unknownSortName(sort, fieldNames(item), field.name)
      if (problem) context.reportError(new GraphQLError(problem, { nodes: [argument], extensions: { code: 'UNKNOWN_SORT_FIELD' } }))
    },
  })
}
