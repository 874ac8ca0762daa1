import type { Config } from 'payload'

import { type CmsEnv } from '../env'
import { depthLimitRule } from './depth-limit'
import { pageSizeRule } from './page-size-rule'
import { sortRule } from './sort-rule'

/**
 * GraphQL's share of the API limits: nesting depth and Payload's complexity score
 * (fields 1, relationships 10) from the environment, the REST page-size cap on `limit`
 * arguments, REST's check of `sort` names, and no introspection or playground in
 * production — the schema is published as packages/cms-client/schema.graphql instead.
 */
export function graphQLLimits({ maxDepth, maxComplexity }: CmsEnv['graphQL']): NonNullable<Config['graphQL']> {
  return {
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    // 0 switches the limit off; Payload's complexity rule needs a positive number.
    maxComplexity: maxComplexity === 0 ? Number.MAX_SAFE_INTEGER : maxComplexity,
    validationRules: (args) => [
      ...(maxDepth === 0 ? [] : [depthLimitRule(maxDepth)]),
      pageSizeRule(args.variableValues),
      sortRule(args.variableValues),
    ],
  }
}
