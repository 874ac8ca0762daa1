import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Starts an app's production build with only the given environment and resolves when
 * the process exits (or is killed after 30 s): for testing start-up refusals.
 */
export function nextStartExit(
  app: 'cms' | 'web',
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const appDir = path.join(root, app)
  const nextBin = createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next')
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'start', '--port', '3290'], {
      cwd: appDir,
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
