/**
 * Regenerates the committed artefacts derived from the config: the document types in
 * packages/cms-types and the admin import map. (Payload's own CLI does the same
 * through tsx, whose module hooks can deadlock on Node 20; see scripts/run-ts.mjs.)
 */
import '../src/lib/script-entry'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'

const config = await configPromise
await generateTypes(config, { log: true })
await generateImportMap(config, { log: true, force: true })
process.exit(0)
