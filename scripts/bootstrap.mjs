#!/usr/bin/env node
// Entry point of `npm start` and `npm test`: brings in the pnpm version pinned in
// package.json's `packageManager`, installs the workspace from the lockfile, then
// hands over to a TypeScript script run with tsx.
//
// Why not corepack: on this registry corepack fails with "No compatible signature
// found in package metadata", and an unpinned pnpm resolves to a major that ignores
// `onlyBuiltDependencies`. So pnpm is installed once into .tools/ with npm itself.
// This file must stay dependency-free: it runs before anything is installed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <script.ts> [args...]')
  process.exit(2)
}

const [major] = process.versions.node.split('.').map(Number)
const [, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Chasqui needs Node.js 20.9 or newer; this is ${process.version}.`)
  process.exit(1)
}

const { packageManager } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
const match = /^pnpm@(\d+\.\d+\.\d+)$/.exec(packageManager ?? '')
if (!match) {
  console.error(`package.json "packageManager" must pin pnpm exactly (pnpm@x.y.z); found "${packageManager}".`)
  process.exit(1)
}
const version = match[1]
const prefix = path.join(root, '.tools', `pnpm-${version}`)
const binDir = path.join(prefix, 'node_modules', '.bin')

const env = {
  ...process.env,
  // turbo looks pnpm up on PATH; put the pinned one first.
  PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
  TURBO_TELEMETRY_DISABLED: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  COREPACK_ENABLE_STRICT: '0',
}

function run(command, commandArgs, label) {
  const result = spawnSync(command, commandArgs, { cwd: root, env, stdio: 'inherit' })
  if (result.error) {
    console.error(`${label} failed to start: ${result.error.message}`)
    process.exit(1)
  }
  if (result.status !== 0) {
    if (label) console.error(`${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status ?? 1)
  }
}

if (!existsSync(path.join(binDir, 'pnpm'))) {
  console.log(`› Installing pnpm ${version} into .tools/ (first run only)`)
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  run(npm, ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `pnpm@${version}`], 'Installing pnpm')
}

console.log('› Installing dependencies (pnpm install --frozen-lockfile)')
run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], 'pnpm install')
run(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), script, ...args], '')
