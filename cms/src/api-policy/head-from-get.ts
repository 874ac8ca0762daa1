import type { RouteHandler } from './with-api-policy'

/**
 * HEAD, answered as GET without the body. Payload's router answers only the methods its
 * endpoints name, so a HEAD (link checkers, download managers asking a PDF's size) got
 * 404 for a file that GET serves. Wraps the policy-wrapped GET, so limits, caching
 * headers and ETags are GET's; a file's stream is cancelled unread.
 */
export function headFromGet<Context>(get: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const response = await get(new Request(request.url, { method: 'GET', headers: request.headers }), context)
    await response.body?.cancel()
    return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
}
