// @ts-check
/**
 * A one-second memory of the site's hot cached pages, in front of Next — the
 * "micro-cache" a reverse proxy keeps, inside the site's own server.
 *
 * Next serves a cached page from its route cache, but still routes, hashes and gzips it on
 * every request: for a 70 KB home page that is three times the work of a tiny page, most
 * of it compression. Here the final bytes Next sent (already compressed, per
 * Accept-Encoding) are kept for a second, so a burst of visitors to one page costs Next
 * one response per second. What is kept, and for whom, follows HTTP's rules:
 *
 * - only GET requests without cookies or credentials (a draft-mode or member session
 *   always reaches Next) and without a client router state;
 * - only responses Next itself served from its cache (`x-nextjs-cache: HIT`) with a
 *   shared-cache `Cache-Control` (s-maxage, not private or no-store) and no Set-Cookie;
 * - under a key made of the URL and every request header the response varies on;
 * - dropped whole when the cms announces a change (src/app/api/revalidate), so freshness
 *   is exactly Next's; otherwise at most one second old.
 */

/** Registered symbol under which the running server exposes its cache (for revalidation). */
export const PAGE_CACHE = Symbol.for('chasqui.pageCache')

/** Request headers the site's cached responses vary on (Next's Vary list, less the router state). */
const VARY_HEADERS = ['accept-encoding', 'rsc', 'next-router-prefetch', 'next-router-segment-prefetch']
/** Hop-by-hop and per-response headers that are never replayed. */
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length'])

/**
 * @typedef {{ status: number, headers: Record<string, string | string[]>, body: Buffer, etag: string | undefined, expires: number }} Entry
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

export class PageCache {
  /** @type {Map<string, Entry>} */
  #entries = new Map()
  #bytes = 0
  #ttlMs
  #maxBytes
  #maxEntryBytes
  #now

  /** @param {{ ttlMs?: number, maxBytes?: number, maxEntryBytes?: number, now?: () => number }} [options] */
  constructor({ ttlMs = 1_000, maxBytes = 32 * 1024 * 1024, maxEntryBytes = 1024 * 1024, now = Date.now } = {}) {
    this.#ttlMs = ttlMs
    this.#maxBytes = maxBytes
    this.#maxEntryBytes = maxEntryBytes
    this.#now = now
  }

  get size() {
    return this.#entries.size
  }

  /**
   * The key a request's response is kept under, or null when this request must always
   * reach Next.
   * @param {Request} request
   */
  keyFor(request) {
    const { headers } = request
    if (request.method !== 'GET' || headers.cookie || headers.authorization || headers['next-router-state-tree']) return null
    return [request.url ?? '', ...VARY_HEADERS.map((name) => String(headers[name] ?? ''))].join('\n')
  }

  /**
   * Answers from memory when a fresh entry exists; true when it did.
   * @param {string} key
   * @param {Request} request
   * @param {Response} response
   */
  serve(key, request, response) {
    const entry = this.#entries.get(key)
    if (!entry) return false
    if (entry.expires <= this.#now()) {
      this.#delete(key, entry)
      return false
    }
    if (entry.etag && request.headers['if-none-match'] === entry.etag) {
      /** @type {Record<string, string | string[]>} */
      const headers = { etag: entry.etag }
      for (const name of ['cache-control', 'vary']) {
        const value = entry.headers[name]
        if (value !== undefined) headers[name] = value
      }
      response.writeHead(304, headers)
      response.end()
      return true
    }
    response.writeHead(entry.status, { ...entry.headers, 'content-length': entry.body.length })
    response.end(entry.body)
    return true
  }

  /**
   * Watches a response Next is about to write and keeps it under `key` if it may be kept.
   * Must be called before Next writes anything.
   * @param {string} key
   * @param {Response} response
   */
  record(key, response) {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    /** @type {Record<string, string | string[]>} */
    let passedHeaders = {}
    const { writeHead, write, end } = response
    /** @param {unknown} chunk @param {unknown} encoding */
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > this.#maxEntryBytes) return
      const buffer = Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.from(String(chunk), typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8')
      chunks.push(buffer)
      size += buffer.length
    }
    const keep = () => this.#keep(key, response, { ...lowerCased(passedHeaders), ...lowerCased(response.getHeaders()) }, chunks, size)
    Object.assign(response, {
      writeHead(/** @type {number} */ status, /** @type {unknown[]} */ ...rest) {
        const headers = rest.find((argument) => typeof argument === 'object' && argument !== null)
        if (headers && !Array.isArray(headers)) passedHeaders = /** @type {Record<string, string | string[]>} */ (headers)
        return Reflect.apply(writeHead, response, [status, ...rest])
      },
      write(/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        collect(chunk, rest[0])
        return Reflect.apply(write, response, [chunk, ...rest])
      },
      end(/** @type {unknown} */ chunk, /** @type {unknown[]} */ ...rest) {
        collect(chunk, rest[0])
        const result = Reflect.apply(end, response, [chunk, ...rest])
        keep()
        return result
      },
    })
  }

  /** Forgets everything: the cms announced a change. */
  clear() {
    this.#entries.clear()
    this.#bytes = 0
  }

  /**
   * @param {string} key
   * @param {Response} response
   * @param {Record<string, string | string[]>} headers
   * @param {Buffer[]} chunks
   * @param {number} size
   */
  #keep(key, response, headers, chunks, size) {
    if (response.statusCode !== 200 || size > this.#maxEntryBytes || !isShareableHit(headers)) return
    /** @type {Record<string, string | string[]>} */
    const replayed = {}
    for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) replayed[name] = value
    const previous = this.#entries.get(key)
    if (previous) this.#delete(key, previous)
    const etag = typeof headers.etag === 'string' ? headers.etag : undefined
    this.#entries.set(key, { status: 200, headers: replayed, body: Buffer.concat(chunks, size), etag, expires: this.#now() + this.#ttlMs })
    this.#bytes += size
    // Oldest first: Map iteration follows insertion order.
    for (const [oldKey, oldEntry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#delete(oldKey, oldEntry)
    }
  }

  /** @param {string} key @param {Entry} entry */
  #delete(key, entry) {
    this.#entries.delete(key)
    this.#bytes -= entry.body.length
  }
}

/** @param {Record<string, string | string[]>} headers */
function isShareableHit(headers) {
  const cacheControl = String(headers['cache-control'] ?? '')
  return (
    headers['x-nextjs-cache'] === 'HIT' &&
    /\bs-maxage=\d+/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    headers['set-cookie'] === undefined
  )
}

/** @param {Record<string, unknown>} headers */
function lowerCased(headers) {
  /** @type {Record<string, string | string[]>} */
  const result = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue
    result[name.toLowerCase()] = Array.isArray(value) ? value.map(String) : String(value)
  }
  return result
}
