import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/**
 * Root scripts run from the repository root (npm runs them there; run-ts.mjs bundles
 * them, so import.meta.url would point into node_modules/.cache).
 */
export const root = process.cwd()
if (!existsSync(path.join(root, 'pnpm-workspace.yaml'))) {
  throw new Error(`Run this from the repository root (no pnpm-workspace.yaml in ${root}).`)
}
export const cmsDir = path.join(root, 'cms')
export const webDir = path.join(root, 'web')

/** The `next` CLI an app depends on, run with the current Node (no shell, no npx). */
export function nextBin(appDir: string): string {
  return createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next')
}

/** The pinned pnpm that bootstrap.mjs put on PATH. */
export const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm'
