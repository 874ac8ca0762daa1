import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, describe, expect, it } from 'vitest'

/**
 * Start-up refuses bad configuration with one clear line. These run the real start step
 * (`pnpm --filter cms db:prepare`, i.e. scripts/prepare.ts) in a child process.
 */
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const scratch = mkdtempSync(path.join(os.tmpdir(), 'chasqui-startup-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function prepare(env: Partial<NodeJS.ProcessEnv>) {
  const result = spawnSync(process.execPath, ['../scripts/run-ts.mjs', 'scripts/prepare.ts'], {
    cwd: cmsDir,
    // Only what the test names: nothing leaks in from the developer's shell.
    env: { NODE_ENV: 'development', PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
  const errorLines = result.stderr.split('\n').filter((line) => line.startsWith('✖'))
  return { status: result.status, stderr: result.stderr, errorLines }
}

describe('start-up configuration errors', () => {
  it('stops on an unsupported DATABASE_URI, naming it and the accepted forms, without echoing it', () => {
    const run = prepare({ DATABASE_URI: 'postgres://user:hunter2@db.example/chasqui' })
    expect(run.status).toBe(1)
    expect(run.errorLines).toHaveLength(1)
    expect(run.errorLines[0]).toMatch(/DATABASE_URI/)
    expect(run.errorLines[0]).toMatch(/file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(run.stderr).not.toContain('hunter2')
    expect(run.stderr).not.toMatch(/\bat .*\.(m?js|ts):\d+/) // no stack trace
  })

  it('refuses a placeholder PAYLOAD_SECRET in production', () => {
    const run = prepare({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'change-me-to-a-long-random-string',
      DATABASE_URI: `file:${path.join(scratch, 'a.db')}`,
    })
    expect(run.status).toBe(1)
    expect(run.errorLines).toEqual([expect.stringMatching(/PAYLOAD_SECRET looks like a placeholder/)])
  })

  it('refuses a missing PAYLOAD_SECRET in production', () => {
    const run = prepare({ NODE_ENV: 'production', DATABASE_URI: `file:${path.join(scratch, 'b.db')}` })
    expect(run.status).toBe(1)
    expect(run.errorLines).toEqual([expect.stringMatching(/PAYLOAD_SECRET is missing/)])
  })

  it('starts with a real secret: migrates, seeds, exits 0', () => {
    const run = prepare({
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'b3f1c9a0e8d74f6a9c2e5b7d1a4f8e0c6b9d2a5f7e1c3b8d',
      DATABASE_URI: `file:${path.join(scratch, 'c.db')}`,
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
