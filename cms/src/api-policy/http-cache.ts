import { createHash } from 'node:crypto'

/**
 * Anonymous reads are public: any cache may keep them but must revalidate each time
 * (max-age=0), cheaply, with the ETag — the cms's content changes at any moment and the
 * site is told of changes by event, not by expiry. Reads with credentials may include
 * drafts or members-only content: never stored anywhere.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, must-revalidate'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

export function etagOf(body: ArrayBuffer): string {
  return `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 27)}"`
}

/** Whether an If-None-Match header names this ETag (a list, `*`, or weak forms). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch
    .split(',')
    .map((candidate) => candidate.trim().replace(/^W\//, ''))
    .some((candidate) => candidate === '*' || candidate === etag)
}

/** A public answer with its ETag, or 304 when the client already holds it. */
export async function withValidator(request: Request, response: Response): Promise<Response> {
  const body = await response.arrayBuffer()
  const etag = etagOf(body)
  const headers = new Headers(response.headers)
  headers.set('ETag', etag)
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
  headers.append('Vary', 'Authorization, Cookie')
  if (matchesEtag(request.headers.get('if-none-match'), etag)) {
    headers.delete('Content-Length')
    headers.delete('Content-Type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers })
}

export function withPrivateCaching(response: Response): Response {
  return withHeaders(response, { 'Cache-Control': PRIVATE_CACHE_CONTROL })
}

/** A copy of `response` with headers set (a handler's own headers may be immutable). */
export function withHeaders(response: Response, extra: HeadersInit): Response {
  const headers = new Headers(response.headers)
  new Headers(extra).forEach((value, name) => headers.set(name, value))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}
