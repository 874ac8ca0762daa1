#!/usr/bin/env node
// Runs a TypeScript script with plain Node: esbuild bundles the script and the project
// code it imports (dependencies stay external) into node_modules/.cache, then Node
// imports the result.
//
// Why not tsx: on Node 20 its ESM hooks run on a worker thread that can deadlock with
// the main thread (nodejs/node#50948). Bundling first means no loader hooks at run time.
//
// Why --conditions=production: Lexical's `node` entry points (*.node.mjs) pick their
// dev or prod build with a top-level `await import()`, and its packages import each
// other in cycles; on Node 20 that graph intermittently never settles and the process
// exits 13 without a word (nodejs/node#55468). The `production` condition resolves
// Lexical to its plain ESM builds. The runner re-executes itself once to add the flag.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const CONDITIONS_FLAG = '--conditions=production'

if (process.execArgv.includes(CONDITIONS_FLAG)) {
  await run(process.argv.slice(2))
} else {
  const child = spawn(process.execPath, [CONDITIONS_FLAG, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

async function run([script, ...args]) {
  if (!script) {
    console.error('usage: node scripts/run-ts.mjs <file.ts> [args...]')
    process.exit(2)
  }
  const { build } = await import('esbuild')
  const entry = path.resolve(script)
  const name = path.basename(entry).replace(/\.[cm]?tsx?$/, '')
  const outfile = path.resolve('node_modules/.cache/run-ts', `${name}.${process.pid}.mjs`)

  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  })

  process.on('exit', () => rmSync(outfile, { force: true }))
  process.argv = [process.argv[0], outfile, ...args]
  await import(pathToFileURL(outfile).href)
}
