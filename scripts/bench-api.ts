/**
 * `pnpm bench:api`: the integrator API under load, at the website benchmark's volume.
 *
 * Seeds the volume (cms/scripts/seed-volume.ts: 5,000 articles, 500 reports, 50
 * bulletins, 300 translations) into a SQLite file — or reuses one — brings it up to the
 * committed migrations (cms/scripts/prepare.ts), starts the cms's production build alone
 * on port 3500, and prints req/s, p50 and p99 for:
 *
 * - a REST list (articles, limit 20) at depth 0 and depth 1;
 * - a REST single document (an article) at depth 2;
 * - a typical GraphQL query (the latest articles with their topics and bulletin);
 * - each again with `If-None-Match` set to the ETag of its first answer, and the ratio of
 *   that (304) path's req/s to the uncached one. A response without an ETag prints
 *   "no ETag" instead.
 *
 * Exit code 0 when the benchmark ran (it is a report), non-zero when it could not.
 *
 *   --reuse=<file>    seed into this SQLite file and keep it (the site benchmark's
 *                     .bench/volume.db works; it is migrated forward, so use a copy
 *                     that nothing else is serving); uploads live beside it in
 *                     <name>-uploads
 *   --duration=<s>    seconds of load per request (default 10)
 *
 * Needs the cms's production build (`pnpm --filter cms build`) and wrk (`apt-get install wrk`).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, openSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { assertPortFree } from './lib/ports'
import { benchOptions } from './lib/bench-options'
import { assertWrk, load, type LoadResult } from './lib/load'
import { type Env, run, stopAll, waitForHealthy } from './lib/processes'
import { cmsDir, nextBin, root } from './lib/workspace'

const options = benchOptions()
const DURATION_SECONDS = options.durationSeconds

const CMS_PORT = 3500
const CMS_URL = `http://localhost:${CMS_PORT}`
const CONNECTIONS = 10
const WARMUP_SECONDS = 2

/** Benchmark-only secrets, fixed so a reused database keeps working. */
const SECRETS = {
  PAYLOAD_SECRET: 'bench-api-only-5e4d3c2b1a09f8e7d6c5b4a39281706f',
  SEED_ADMIN_EMAIL: 'bench-api-admin@chasqui.test',
  SEED_ADMIN_PASSWORD: 'bench-api-admin-password-1',
}

type Probe = { name: string; method: 'GET' | 'POST'; path: string; body?: string }

const started = Date.now()
const step = (message: string) => console.log(`\n› ${message} (${((Date.now() - started) / 1000).toFixed(0)} s)`)

function cmsEnv(database: string): Env {
  return {
    ...process.env,
    ...SECRETS,
    NODE_ENV: 'production',
    CMS_PORT: String(CMS_PORT),
    CMS_URL,
    DATABASE_URI: `file:${database}`,
    UPLOADS_DIR: path.join(path.dirname(database), `${path.basename(database, '.db')}-uploads`),
    JOBS_AUTORUN: 'false',
    LOG_LEVEL: 'warn',
    // The benchmark is one client asking thousands of times a second: it measures what the
    // API can serve, so the per-client limits (tested in api-limits.int.test.ts) are off.
    RATE_LIMIT_ANONYMOUS: '0',
    RATE_LIMIT_AUTHENTICATED: '0',
  }
}

const runScript = (script: string, env: Env) =>
  run(process.execPath, [path.join(root, 'scripts/run-ts.mjs'), script], { cwd: cmsDir, env })

async function startCms(env: Env, scratch: string): Promise<{ cms: ChildProcess; log: string }> {
  const log = path.join(scratch, 'cms.log')
  const output = openSync(log, 'a')
  const cms = spawn(process.execPath, [nextBin(cmsDir), 'start', '--port', String(CMS_PORT)], {
    cwd: cmsDir,
    env,
    stdio: ['ignore', output, output],
  })
  try {
    await waitForHealthy(`${CMS_URL}/api/health`, cms, 120_000)
  } catch (error) {
    await stopAll([cms])
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-30).join('\n')
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${tail}`)
  }
  return { cms, log }
}

const GRAPHQL_QUERY = `{
  Articles(limit: 20, sort: "-publishedAt") {
    docs { id title slug publishedAt summary topics { name slug } bulletin { number period } }
    totalDocs
  }
}`

async function probes(): Promise<Probe[]> {
  const response = await fetch(`${CMS_URL}/api/articles?limit=1&depth=0&sort=-publishedAt&where[bulletin][exists]=true&select[id]=true`)
  const { docs } = (await response.json()) as { docs: { id: string }[] }
  if (!docs[0]) throw new Error('No article in the database: is the volume seeded?')
  return [
    { name: 'REST list, depth 0', method: 'GET', path: '/api/articles?limit=20&depth=0&sort=-publishedAt' },
    { name: 'REST list, depth 1', method: 'GET', path: '/api/articles?limit=20&depth=1&sort=-publishedAt' },
    { name: 'REST one, depth 2', method: 'GET', path: `/api/articles/${docs[0].id}?depth=2` },
    { name: 'GraphQL latest', method: 'POST', path: '/api/graphql', body: JSON.stringify({ query: GRAPHQL_QUERY }) },
  ]
}

/** Load on one probe; a failure is a socket error or a status of 400 or more (a 304 is the expected answer to If-None-Match). */
function loadProbe(probe: Probe, duration: number, headers: Record<string, string> = {}): Promise<LoadResult> {
  return load(`${CMS_URL}${probe.path}`, {
    seconds: duration,
    connections: CONNECTIONS,
    method: probe.method,
    body: probe.body,
    headers: { 'accept-encoding': 'gzip', ...(probe.body && { 'content-type': 'application/json' }), ...headers },
  })
}

async function measure(probe: Probe): Promise<{ probe: Probe; plain: LoadResult; etag: string | null; cached: LoadResult | null; cachedStatus: number | null }> {
  const first = await fetch(`${CMS_URL}${probe.path}`, {
    method: probe.method,
    headers: probe.body ? { 'content-type': 'application/json' } : {},
    body: probe.body,
  })
  await first.arrayBuffer()
  if (first.status !== 200) throw new Error(`${probe.name}: ${probe.path} answered ${first.status}`)
  const etag = first.headers.get('etag')

  await loadProbe(probe, WARMUP_SECONDS)
  const plain = await loadProbe(probe, DURATION_SECONDS)
  if (!etag) return { probe, plain, etag, cached: null, cachedStatus: null }

  const check = await fetch(`${CMS_URL}${probe.path}`, {
    method: probe.method,
    headers: { 'if-none-match': etag, ...(probe.body && { 'content-type': 'application/json' }) },
    body: probe.body,
  })
  await check.arrayBuffer()
  await loadProbe(probe, WARMUP_SECONDS, { 'if-none-match': etag })
  const cached = await loadProbe(probe, DURATION_SECONDS, { 'if-none-match': etag })
  return { probe, plain, etag, cached, cachedStatus: check.status }
}

const fixed = (value: number, digits = 0) => value.toFixed(digits)

function printReport(rows: Awaited<ReturnType<typeof measure>>[], database: string) {
  const header = ['request', 'req/s', 'p50 ms', 'p99 ms', 'If-None-Match req/s', 'p50', 'p99', '304 : 200']
  const lines = rows.map(({ probe, plain, etag, cached, cachedStatus }) => {
    const failed = (result: LoadResult) => (result.failures > 0 ? ` (${result.failures} failed)` : '')
    if (!etag || !cached) return [probe.name, fixed(plain.reqPerSec) + failed(plain), fixed(plain.p50), fixed(plain.p99), 'no ETag', '', '', '']
    const status = cachedStatus === 304 ? '' : ` (answered ${cachedStatus}, not 304)`
    return [
      probe.name,
      fixed(plain.reqPerSec) + failed(plain),
      fixed(plain.p50),
      fixed(plain.p99),
      fixed(cached.reqPerSec) + failed(cached) + status,
      fixed(cached.p50),
      fixed(cached.p99),
      `${fixed(cached.reqPerSec / plain.reqPerSec, 2)}×`,
    ]
  })
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)))
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')
  console.log(`\nAPI benchmark — ${database}, ${CONNECTIONS} connections, ${DURATION_SECONDS} s per request\n`)
  console.log(format(header))
  console.log(widths.map((width) => '─'.repeat(width)).join('  '))
  for (const line of lines) console.log(format(line))
}

async function main() {
  assertWrk()
  await assertPortFree(CMS_PORT, 'CMS_PORT').catch(() => {
    throw new Error(`Port ${CMS_PORT} is in use; the API benchmark needs it. Stop what is listening there.`)
  })
  if (!existsSync(path.join(cmsDir, '.next/BUILD_ID'))) throw new Error('No production build in cms/.next: run `pnpm --filter cms build` first.')
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'chasqui-bench-api-'))
  const database = options.reuse ? path.resolve(options.reuse) : path.join(scratch, 'bench.db')
  const env = cmsEnv(database)

  if (options.reuse && existsSync(database)) step(`Reusing the volume in ${database}`)
  else {
    step(`Seeding the volume into ${database} (a few minutes)`)
    await runScript('scripts/seed-volume.ts', env)
  }
  step('Migrating and loading the demo content (cms/scripts/prepare.ts)')
  await runScript('scripts/prepare.ts', env)

  step(`Starting the cms on ${CMS_URL}`)
  const { cms, log } = await startCms(env, scratch)
  try {
    const rows = []
    for (const probe of await probes()) {
      step(`Measuring ${probe.name}`)
      rows.push(await measure(probe))
    }
    printReport(rows, database)
    console.log(`\ncms log: ${log}`)
  } finally {
    await stopAll([cms])
  }
}

main().catch((error: unknown) => {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
