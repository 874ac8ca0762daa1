import { createRequire } from 'node:module'

import { defineConfig } from 'vitest/config'

const require = createRequire(import.meta.url)

export default defineConfig({
  resolve: {
    // graphql ships CommonJS (main) and ESM (module) builds. Vite would give our code the
    // ESM one while Payload, loaded by Node, gets the CommonJS one: two graphql "realms",
    // whose schema objects and errors the other does not recognise. Next bundles one.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    environment: 'node',
    // Lexical's node entry points race under Node 20 (see scripts/run-ts.mjs).
    execArgv: ['--conditions=production'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          // One Payload per test file, each on its own throwaway database; files run one
          // at a time so two Payload boots never compete for the machine's two cores.
          fileParallelism: false,
          setupFiles: ['tests/int/setup/database.ts'],
          globalSetup: ['tests/int/setup/announce.ts'],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
})
