import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Spawns an app's production build with only the given environment. */
function spawnNextStart(app: 'cms' | 'web', port: number, env: Record<string, string>): ChildProcess {
  const appDir = path.join(root, app)
  // The site runs behind its own server (web/server.mjs), as in production.
  const command =
    app === 'web'
      ? [path.join(appDir, 'server.mjs'), '--port', String(port)]
      : [createRequire(path.join(appDir, 'package.json')).resolve('next/dist/bin/next'), 'start', '--port', String(port)]
  return spawn(process.execPath, command, {
    cwd: appDir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
  })
}

/** Resolves when the process exits (or is killed after 30 s): for testing start-up refusals. */
export function nextStartExit(
  app: 'cms' | 'web',
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawnNextStart(app, 3290, env)
  return new Promise((resolve) => {
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stderr })
    })
  })
}

/** Starts an app on `port` and resolves once it accepts requests; call `stop()` after. */
export async function nextStartServing(app: 'cms' | 'web', port: number, env: Record<string, string>) {
  const child = spawnNextStart(app, port, env)
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode} before serving`)
    const up = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(2_000) }).then(
      () => true,
      () => false,
    )
    if (up) return { url: `http://localhost:${port}`, stop }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  await stop()
  throw new Error(`${app} did not start serving on port ${port} within 30 s`)
}
