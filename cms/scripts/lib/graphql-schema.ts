import { configToSchema } from '@payloadcms/graphql'
import { printSchema } from 'graphql'
import type { SanitizedConfig } from 'payload'

/**
 * The GraphQL schema in SDL, for `graphQL.schemaOutputFile` (packages/cms-client/schema.graphql):
 * production answers no introspection (see src/graphql/limits.ts), so integrators get it there.
 */
export function printGraphQLSchema(config: SanitizedConfig): string {
  return `${printSchema(configToSchema(config).schema)}\n`
}
