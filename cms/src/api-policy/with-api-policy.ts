import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { checkBodySize } from './body-limit'
import { hasCredentials } from './client-identity'
import { withHeaders, withPrivateCaching, withValidator } from './http-cache'
import { queryProblem } from './query-limits'
import { rateLimitFor, rateLimitHeaders } from './rate-limit'
import { FixedWindowLimiter } from './rate-limiter'
import { clientErrorStatus, corsHeaders, errorResponse } from './responses'
import { type ApiPolicySettings } from './settings'
import { sortProblem } from './sort-fields'

export type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

/**
 * What every /api request goes through, around Payload's own handlers: rate limit, size
 * cap, query bounds, HTTP caching, and errors as 4xx JSON rather than 500s. The route
 * files and the integration tests' harness wrap the same handlers with it.
 */
export function createApiPolicy(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  settings: ApiPolicySettings,
  limiter = new FixedWindowLimiter(settings.rateLimit.windowSeconds * 1000),
) {
  return <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
    async (incoming, context) => {
      const refuse = (status: number, message: string, extra?: HeadersInit) => {
        const headers = corsHeaders(incoming, settings.allowedOrigins)
        new Headers(extra).forEach((value, name) => headers.set(name, value))
        return errorResponse(status, message, headers)
      }
      let payload: Payload | undefined
      try {
        payload = await getPayload({ config })
        // Counted first, so refused requests count too.
        const decision = await rateLimitFor(incoming, payload, settings, limiter)
        const limitHeaders = decision ? rateLimitHeaders(decision, settings.rateLimit.windowSeconds) : {}
        if (decision && !decision.allowed) {
          return refuse(429, `Too many requests: the limit is ${decision.limit} per ${settings.rateLimit.windowSeconds} seconds. Retry in ${decision.resetSeconds} seconds.`, {
            ...limitHeaders,
            'Retry-After': String(decision.resetSeconds),
          })
        }

        const body = await checkBodySize(incoming, settings.maxBodyBytes)
        if (!body.ok) return refuse(413, `The request body is larger than ${settings.maxBodyBytes} bytes, the most the API accepts.`, limitHeaders)
        const request = body.request

        const url = new URL(request.url)
        const problem = queryProblem(url.searchParams, request.method) ?? sortProblem(payload, url, request.method)
        if (problem) return refuse(400, problem, limitHeaders)

        const response = await asClientError(request, await handler(request, context))
        return withHeaders(await withCaching(request, response), limitHeaders)
      } catch (error) {
        const status = clientErrorStatus(error)
        if (status) return refuse(status, error instanceof Error ? error.message : 'Bad request.')
        payload?.logger.error({ err: error, msg: `Unhandled error in ${incoming.method} ${new URL(incoming.url).pathname}` })
        return refuse(500, 'Something went wrong.')
      }
    }
}

/**
 * Public (ETag, revalidate) for anonymous successful JSON reads; private for anything read
 * with credentials. Files (`/api/media/file/…`) stream through untouched: hashing them
 * would mean holding up to 50 MB in memory per download.
 */
async function withCaching(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return response
  if (hasCredentials(request.headers)) return withPrivateCaching(response)
  if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response
  return withValidator(request, response)
}

/**
 * GraphQL answers an unparsable or invalid document (too deep, too complex, unknown
 * field) with 200 and only `errors`, as the GraphQL-over-HTTP spec allows for
 * application/json; here it is a 400, like the REST API's refusals. A result with
 * `data` (even null: the operation ran) keeps its status.
 */
async function asClientError(request: Request, response: Response): Promise<Response> {
  if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/graphql') || response.status !== 200) return response
  const text = await response.text()
  const rebuilt = (status: number) => new Response(text, { status, headers: response.headers })
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] }
    return !('data' in body) && Array.isArray(body.errors) ? rebuilt(400) : rebuilt(200)
  } catch {
    return rebuilt(200)
  }
}
