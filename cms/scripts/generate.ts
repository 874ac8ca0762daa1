/**
 * Regenerates the committed artefacts derived from the config: the document types in
 * packages/cms-types, the GraphQL schema in packages/cms-client and the admin import map. (Payload's own CLI does the same
 * through tsx, whose module hooks can deadlock on Node 20; see scripts/run-ts.mjs.)
 */
import { writeFileSync } from 'node:fs'

import '../src/lib/script-entry'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'
import { printGraphQLSchema } from './lib/graphql-schema'

const config = await configPromise
await generateTypes(config, { log: true })
writeFileSync(config.graphQL.schemaOutputFile, printGraphQLSchema(config))
console.log(`Wrote the GraphQL schema to ${config.graphQL.schemaOutputFile}`)
await generateImportMap(config, { log: true, force: true })
process.exit(0)
