import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { expect, test } from '@playwright/test'

/** The built cms refuses to start with a bad configuration, saying why in one line. */
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const nextBin = createRequire(path.join(cmsDir, 'package.json')).resolve('next/dist/bin/next')

function startCms(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'start', '--port', '3290'], {
      cwd: cmsDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

test('next start stops on a placeholder PAYLOAD_SECRET', async () => {
  const { code, stderr } = await startCms({ PAYLOAD_SECRET: 'change-me' })
  expect(code).toBe(1)
  expect(stderr).toMatch(/✖ PAYLOAD_SECRET looks like a placeholder/)
})

test('next start stops on an unsupported DATABASE_URI', async () => {
  const { code, stderr } = await startCms({
    PAYLOAD_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6',
    DATABASE_URI: 'mysql://root@localhost/chasqui',
  })
  expect(code).toBe(1)
  expect(stderr).toMatch(/✖ Invalid cms environment: DATABASE_URI must be unset/)
})
