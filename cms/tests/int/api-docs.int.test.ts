import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../src/seed'
import { BASE_URL, bootPayload, buildApiKey, buildUser, inProcessFetch, login } from './harness'

/**
 * Runs every worked example in docs/api.md against a seeded database, through the real
 * route handlers, so the documentation cannot drift from the API. The convention (stated
 * in the doc): a ```http block (method and path, headers, blank line, body) or a
 * ```graphql block (POSTed to /api/graphql), followed by a ```json <status> block: the
 * response has that status and contains that JSON — objects may have more keys, arrays
 * more elements; a string ending in `…` matches any string that starts with the rest.
 * `{{NAME}}` placeholders are filled from the fixtures below.
 *
 * `API_DOCS_PRINT=1` prints each actual response, to write a new example from.
 */

const DOC = path.resolve(process.cwd(), '../docs/api.md')
const EXAMPLE = /^### (.+)$|```(http|graphql)\n([\s\S]*?)```\s*\n+```json (\d{3})\n([\s\S]*?)```/gm

type Example = { title: string; kind: 'http' | 'graphql'; request: string; status: number; expected: string }

function parseExamples(markdown: string): Example[] {
  const examples: Example[] = []
  let title = ''
  for (const match of markdown.matchAll(EXAMPLE)) {
    if (match[1]) {
      title = match[1]
      continue
    }
    const [, , kind, request, status, expected] = match
    examples.push({ title, kind: kind as Example['kind'], request: request ?? '', status: Number(status), expected: expected ?? 'null' })
  }
  return examples
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = vars[name]
    if (value === undefined) throw new Error(`docs/api.md uses {{${name}}}, which the test does not define`)
    return value
  })
}

function toRequest(example: Example, vars: Record<string, string>): Request {
  const text = fill(example.request, vars)
  if (example.kind === 'graphql') {
    return new Request(`${BASE_URL}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: text }),
    })
  }
  const [head = '', body] = text.split(/\n\n/, 2)
  const [requestLine = '', ...headerLines] = head.split('\n')
  const [method = 'GET', target = '/'] = requestLine.trim().split(/\s+/)
  const headers = new Headers()
  for (const line of headerLines.filter((header) => header.trim())) {
    const at = line.indexOf(':')
    headers.set(line.slice(0, at).trim(), line.slice(at + 1).trim())
  }
  return new Request(new URL(target, BASE_URL), { method, headers, body: body?.trim() ? body.trim() : undefined })
}

/** `actual` contains `expected` (see the file comment); returns the first mismatch, or null. */
function mismatch(actual: unknown, expected: unknown, at = '$'): string | null {
  if (typeof expected === 'string' && expected.endsWith('…')) {
    return typeof actual === 'string' && actual.startsWith(expected.slice(0, -1)) ? null : `${at}: expected a string starting "${expected.slice(0, -1)}", got ${JSON.stringify(actual)}`
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${JSON.stringify(actual)}`
    if (actual.length < expected.length) return `${at}: expected at least ${expected.length} elements, got ${actual.length}`
    for (const [index, item] of expected.entries()) {
      const problem = mismatch(actual[index], item, `${at}[${index}]`)
      if (problem) return problem
    }
    return null
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return `${at}: expected an object, got ${JSON.stringify(actual)}`
    for (const [key, value] of Object.entries(expected)) {
      if (!(key in actual)) return `${at}.${key}: missing`
      const problem = mismatch((actual as Record<string, unknown>)[key], value, `${at}.${key}`)
      if (problem) return problem
    }
    return null
  }
  return Object.is(actual, expected) ? null : `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`
}

const examples = parseExamples(readFileSync(DOC, 'utf8'))
let payload: Payload
const vars: Record<string, string> = {}

beforeAll(async () => {
  payload = await bootPayload()
  const admin = await buildUser(payload, ['admin'])
  await seed(payload)
  vars.ADMIN_TOKEN = await login(admin.email, admin.password)
  const integrator = await buildUser(payload, ['integrator'], { email: 'partner@example.org' })
  vars.INTEGRATOR_ID = integrator.user.id
  vars.INTEGRATOR_KEY = (await buildApiKey(payload, integrator.user.id, { name: 'Docs examples' })).key
  const revoked = await buildApiKey(payload, integrator.user.id, { name: 'Revoked in the docs' })
  await payload.update({ collection: 'api-keys', id: revoked.id, data: { revoked: true } })
  vars.REVOKED_KEY = revoked.key
}, 180_000)

afterAll(async () => {
  await payload.destroy()
})

describe('docs/api.md', () => {
  it('has at least ten worked examples, REST and GraphQL', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10)
    expect(examples.some((example) => example.kind === 'graphql')).toBe(true)
    expect(examples.some((example) => example.kind === 'http')).toBe(true)
  })

  it.each(examples.map((example) => [example.title, example] as const))('%s', async (_, example) => {
    const response = await inProcessFetch(toRequest(example, vars))
    const body: unknown = await response.json()
    if (process.env.API_DOCS_PRINT) console.log(example.title, response.status, JSON.stringify(body, null, 2).slice(0, 3000))
    expect(response.status).toBe(example.status)
    expect(mismatch(body, JSON.parse(fill(example.expected, vars)))).toBeNull()
  })
})
