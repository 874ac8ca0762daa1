import type { StaffRole } from '@chasqui/cms-types'
import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import { apiPolicyFromEnv, headFromGet } from '../../src/api-policy'
import config from '../../src/payload.config'

/**
 * Boots Payload in-process on the test file's own database (see setup/database.ts) and
 * sends requests through the real Next.js route handlers that serve /api and
 * /api/graphql in production — no server, no mocks.
 */

export const BASE_URL = 'http://localhost:3000'

type Policy = ReturnType<typeof apiPolicyFromEnv>

/** A `fetch` that answers from the route handlers wrapped in `policy`, as production wraps them. */
export function createInProcessFetch(policy: Policy): typeof fetch {
  const get = policy(REST_GET(config))
  const rest = {
    GET: get,
    HEAD: headFromGet(get),
    POST: policy(REST_POST(config)),
    PATCH: policy(REST_PATCH(config)),
    PUT: policy(REST_PUT(config)),
    DELETE: policy(REST_DELETE(config)),
    OPTIONS: policy(REST_OPTIONS(config)),
  } as const
  const graphqlPost = policy(GRAPHQL_POST(config))
  const graphqlOptions = policy(REST_OPTIONS(config))
  return async (input, init) => {
    const request = new Request(typeof input === 'string' || input instanceof URL ? new URL(input, BASE_URL) : input, init)
    const { pathname } = new URL(request.url)
    if (pathname === '/api/graphql' && request.method === 'POST') return graphqlPost(request, {})
    if (pathname === '/api/graphql' && request.method === 'OPTIONS') return graphqlOptions(request, { params: Promise.resolve({}) })
    if (!pathname.startsWith('/api/')) return new Response('Not found', { status: 404 })
    const handler = rest[request.method as keyof typeof rest]
    if (!handler) return new Response('Method not allowed', { status: 405 })
    const slug = pathname.slice('/api/'.length).split('/').filter(Boolean).map(decodeURIComponent)
    return handler(request, { params: Promise.resolve({ slug }) })
  }
}

export async function bootPayload(): Promise<Payload> {
  return getPayload({ config, cron: false })
}

/**
 * A `fetch` that answers from the route handlers with the production policy; usable
 * wherever a fetch is injected. Rate limits are off in tests (setup/database.ts) unless
 * a test builds its own policy with explicit limits.
 */
export const inProcessFetch: typeof fetch = createInProcessFetch(apiPolicyFromEnv(config))

type ApiOptions = { method?: string; body?: unknown; token?: string; apiKey?: string; headers?: Record<string, string> }

function headersFor({ token, apiKey, headers, body }: ApiOptions): Headers {
  const result = new Headers(headers)
  if (body !== undefined) result.set('Content-Type', 'application/json')
  if (token) result.set('Authorization', `JWT ${token}`)
  // Integrators' keys (chq_…) go in `Authorization: API-Key …`; others are Payload's built-in users key (site preview).
  if (apiKey) result.set('Authorization', apiKey.startsWith('chq_') ? `API-Key ${apiKey}` : `users API-Key ${apiKey}`)
  return result
}

/** A REST call; `path` is what follows the host, e.g. `/api/articles?depth=0`. */
export async function api(path: string, options: ApiOptions = {}): Promise<Response> {
  return inProcessFetch(`${BASE_URL}${path}`, {
    method: options.method ?? 'GET',
    headers: headersFor(options),
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  })
}

export type GraphQLResult<T = Record<string, unknown>> = {
  data?: T | null
  errors?: { message: string; extensions?: Record<string, unknown> }[]
}

export async function graphql<T = Record<string, unknown>>(
  query: string,
  options: Omit<ApiOptions, 'method' | 'body'> & { variables?: Record<string, unknown> } = {},
): Promise<{ status: number; body: GraphQLResult<T> }> {
  const response = await api('/api/graphql', {
    ...options,
    method: 'POST',
    body: { query, variables: options.variables ?? {} },
  })
  return { status: response.status, body: (await response.json()) as GraphQLResult<T> }
}

let counter = 0

/** `buildUser`: a staff account with the given roles, and a session token for it. */
export async function buildUser(
  payload: Payload,
  roles: StaffRole[],
  overrides: { email?: string; password?: string; enableAPIKey?: boolean; apiKey?: string; languages?: ('en' | 'es')[] } = {},
) {
  counter += 1
  const email = overrides.email ?? `${roles.join('-') || 'none'}-${counter}-${Date.now()}@chasqui.test`
  const password = overrides.password ?? `pw-${counter}-correct-horse`
  const user = await payload.create({
    collection: 'users',
    data: {
      name: `Test ${roles.join(' ')}`,
      email,
      password,
      roles,
      languages: overrides.languages,
      ...(overrides.enableAPIKey && { enableAPIKey: true, apiKey: overrides.apiKey }),
    },
  })
  return { user, email, password }
}

/** `buildApiKey`: an integrator key for `owner`, issued as an admin would; returns the plaintext, shown only here. */
export async function buildApiKey(
  payload: Payload,
  owner: string,
  overrides: { name?: string; expiresAt?: string } = {},
): Promise<{ id: string; key: string }> {
  const doc = await payload.create({
    collection: 'api-keys',
    data: { name: overrides.name ?? 'Test key', owner, expiresAt: overrides.expiresAt },
  })
  if (!doc.key) throw new Error('the api-keys create response carried no key')
  return { id: doc.id, key: doc.key }
}

/** Logs in through REST and returns the JWT (as the admin UI and API clients do). */
export async function login(email: string, password: string, collection: 'users' | 'members' = 'users'): Promise<string> {
  const response = await api(`/api/${collection}/login`, { method: 'POST', body: { email, password } })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  if (!response.ok || !body.token) throw new Error(`login failed (${response.status}): ${JSON.stringify(body)}`)
  return body.token
}

export async function json<T = Record<string, unknown>>(response: Response): Promise<T> {
  return (await response.json()) as T
}

/** A multipart upload through REST, as the admin's upload field sends it. */
export async function upload(
  path: string,
  file: { data: Buffer | Uint8Array; name: string; type: string },
  fields: Record<string, unknown>,
  options: Pick<ApiOptions, 'token' | 'apiKey'> = {},
): Promise<Response> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const headers = headersFor({ ...options })
  return inProcessFetch(`${BASE_URL}${path}`, { method: 'POST', body: form, headers })
}
