// @ts-check
/**
 * The site's production server: Next's request handler inside a small Node server that
 * does two things Next cannot:
 *
 * - when a page failed because the CMS was unreachable (and nothing was cached to serve
 *   instead), answer 503 with Retry-After, which tells visitors, crawlers and load
 *   balancers "temporary, come back", instead of Next's 500. Each request runs in an
 *   AsyncLocalStorage kept on globalThis under a registered symbol; the site's CMS client
 *   marks it when the CMS fails (src/lib/request-state.ts);
 * - keep the bytes of hot cached pages for a second (server/page-cache.mjs), dropped
 *   when the cms announces a change (src/app/api/revalidate).
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { rmSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import next from 'next'

import { PAGE_CACHE, PageCache } from './server/page-cache.mjs'

/** Seconds a client should wait before asking again when the CMS is down. */
const RETRY_AFTER_SECONDS = '30'

/**
 * Search results are rendered per request, so Next marks them private; for anonymous
 * visitors they are as public as any listing, and a shared cache may hold them briefly.
 */
const SEARCH_PATH = /^\/(es\/)?search\/?$/
const SEARCH_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300'
/** Next's draft-mode cookie: its holder sees drafts, which no cache may keep. */
const DRAFT_COOKIE = '__prerender_bypass'

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' }, 'clear-cache': { type: 'boolean' } },
})
const port = Number(values.port ?? process.env.PORT ?? process.env.WEB_PORT ?? 3001)
const hostname = values.hostname ?? process.env.HOSTNAME ?? '0.0.0.0'

/** @type {AsyncLocalStorage<{ cmsUnavailable: boolean }>} */
const storage = new AsyncLocalStorage()
const pageCache = new PageCache()
Object.assign(globalThis, { [Symbol.for('chasqui.requestState')]: storage, [PAGE_CACHE]: pageCache })

// Rendered pages and CMS answers are cached on disk, so a restart — even while the CMS is
// down — still serves them. --clear-cache starts empty: for a database that was just
// replaced (the demo and test stacks), whose cached pages would point at content that
// no longer exists.
if (values['clear-cache']) {
  for (const dir of ['.next/server/route-cache', '.next/cache/fetch-cache']) rmSync(path.join(import.meta.dirname, dir), { recursive: true, force: true })
}

const app = next({ dev: false, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

/** @param {import('node:http').IncomingMessage} request */
function isAnonymousSearch(request) {
  const path = (request.url ?? '').split('?')[0] ?? ''
  return SEARCH_PATH.test(path) && !(request.headers.cookie ?? '').includes(DRAFT_COOKIE)
}

const server = createServer((request, response) => {
  const cacheKey = pageCache.keyFor(request)
  if (cacheKey !== null && pageCache.serve(cacheKey, request, response)) return
  const state = { cmsUnavailable: false }
  const writeHead = response.writeHead
  // Node calls writeHead for every response, explicit or implicit: the one place to
  // turn a 5xx caused by the CMS into a 503.
  Object.assign(response, {
    // writeHead is overloaded ([statusMessage], [headers]); whatever follows the status
    // is passed through untouched, so it needs no type of its own here.
    writeHead(/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
      if (status === 200 && (request.method === 'GET' || request.method === 'HEAD') && isAnonymousSearch(request)) response.setHeader('Cache-Control', SEARCH_CACHE_CONTROL)
      if (status >= 500 && state.cmsUnavailable) {
        status = 503
        response.setHeader('Retry-After', RETRY_AFTER_SECONDS)
        response.setHeader('Cache-Control', 'no-store')
      }
      return Reflect.apply(writeHead, response, [status, ...rest])
    },
  })
  if (cacheKey !== null) pageCache.record(cacheKey, response)
  storage.run(state, () => handle(request, response))
})

server.listen(port, hostname, () => console.log(`web listening on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`))

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    server.close(() => process.exit(0))
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
