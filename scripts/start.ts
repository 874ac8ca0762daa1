/**
 * `npm start`: builds (cached by turbo), migrates, loads the demo content, and runs the
 * cms and the site in production mode on the embedded SQLite database.
 *
 *   --no-build          use the existing builds (the end-to-end tests build once, then start)
 *   --settings=<path>   the .env file to create and read (default: .env at the root;
 *                       not --env-file, which Node 20 takes for itself even after the script)
 *
 * Ports: CMS_PORT (3000) and WEB_PORT (3001); the URLs follow unless CMS_URL / WEB_URL
 * are set. Settings come from the shell, then `.env` (created on first run).
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'

import { ensureEnvFile, readEnvFile } from './lib/env-file'
import { assertPortFree } from './lib/ports'
import { run, startService, stopAll, waitForHealthy } from './lib/processes'
import { cmsDir, nextBin, pnpm, root, webDir } from './lib/workspace'

const args = new Set(process.argv.slice(2))
const envFileArg = process.argv.find((arg) => arg.startsWith('--settings='))
const started = Date.now()
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
const step = (message: string) => console.log(`\n› ${message} (${elapsed()})`)

const envFile = envFileArg ? path.resolve(envFileArg.slice('--settings='.length)) : path.join(root, '.env')
const added = ensureEnvFile(envFile)
if (added.length > 0) console.log(`› Wrote ${added.join(', ')} to .env (first run; keep this file private)`)
const settings = { ...readEnvFile(envFile), ...process.env }
/** A setting, with empty values (as .env.example leaves them) counting as unset. */
const setting = (name: string) => settings[name] || undefined

function port(name: string, fallback: number): number {
  const value = Number(setting(name) ?? fallback)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`✖ ${name} must be a port number (1–65535); got "${setting(name)}".`)
    process.exit(1)
  }
  return value
}

const cmsPort = port('CMS_PORT', 3000)
const webPort = port('WEB_PORT', 3001)
const cmsUrl = setting('CMS_URL') ?? `http://localhost:${cmsPort}`
const webUrl = setting('WEB_URL') ?? `http://localhost:${webPort}`
const env = {
  ...settings,
  NODE_ENV: 'production',
  CMS_PORT: String(cmsPort),
  WEB_PORT: String(webPort),
  CMS_URL: cmsUrl,
  WEB_URL: webUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
}

/**
 * The site's heap limit. Uncapped, V8 sizes it from the machine's memory (4 GB here) and
 * lets the heap grow to four times what survives each full collection: fewer pauses, but
 * a resident size that follows the machine rather than the site. The limit also sets that
 * growth: at 256 MB V8 allows 1.3×, and collected the whole heap every few seconds at ten
 * searches a second, 10–25 ms pauses that made the slowest searches; at 1 GB it allows
 * 1.6×, about half as many. The site keeps ~60 MB alive, so it stays well under 512 MB
 * resident either way (pnpm bench:web prints the peak).
 */
const WEB_HEAP_LIMIT = '--max-old-space-size=1024'

const children: ChildProcess[] = []
let stopping = false
async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  await stopAll(children)
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
  await assertPortFree(cmsPort, 'CMS_PORT')
  await assertPortFree(webPort, 'WEB_PORT')

  if (!args.has('--no-build')) {
    step('Building cms and web (turbo caches unchanged builds)')
    await run(pnpm, ['exec', 'turbo', 'run', 'build', '--filter=cms', '--filter=web', '--output-logs=new-only'], {
      cwd: root,
      env,
    })
  }

  step('Migrating the database and loading demo content')
  await run(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), 'scripts/prepare.ts'], { cwd: cmsDir, env })

  step('Starting cms and web')
  const cms = startService('cms', process.execPath, [nextBin(cmsDir), 'start', '--port', String(cmsPort)], {
    cwd: cmsDir,
    env,
  })
  const web = startService('web', process.execPath, [WEB_HEAP_LIMIT, path.join(webDir, 'server.mjs'), '--port', String(webPort), '--clear-cache'], {
    cwd: webDir,
    env,
  })
  children.push(cms, web)
  for (const child of children) {
    child.on('exit', (code) => {
      if (stopping) return
      console.error(`\n✖ A service stopped unexpectedly (exit ${code}); stopping the other.`)
      void shutdown(code || 1)
    })
  }

  await waitForHealthy(`http://localhost:${cmsPort}/api/health`, cms, 120_000)
  await waitForHealthy(`http://localhost:${webPort}/api/health`, web, 60_000)
  printBanner()
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
}

function printBanner() {
  const email = setting('SEED_ADMIN_EMAIL')
  const password = setting('SEED_ADMIN_PASSWORD')
  const login =
    email && password
      ? [
          `  Log in to the admin as ${email}`,
          `  with the password ${password}`,
          '  (generated on first run and kept in .env; if you have changed it since, use yours).',
        ]
      : [`  No admin was seeded: create the first admin account at ${cmsUrl}/admin.`]
  console.log(
    [
      '',
      `✔ Chasqui is running (ready in ${elapsed()}).`,
      '',
      `  Site      ${webUrl}`,
      `  Admin     ${cmsUrl}/admin`,
      `  REST      ${cmsUrl}/api          GraphQL  ${cmsUrl}/api/graphql`,
      '',
      ...login,
      '',
      `  Press Ctrl+C to stop. Content is kept ${setting('DATABASE_URI') ? 'in the database at DATABASE_URI' : 'in cms/data/'} between runs.`,
      '',
    ].join('\n'),
  )
}
