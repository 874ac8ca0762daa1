/**
 * Bounds on what one REST request may ask for, checked before Payload sees the query:
 * Payload itself accepts any `limit` (0 meaning "all"), any `depth`, and answers a
 * malformed `where`/`data` string with a 500.
 */

/** The largest page of documents one request may ask for (REST `limit`, GraphQL `limit`). */
export const MAX_PAGE_SIZE = 100
/**
 * The page size a lookup by ids (`where[id][in]=a,b,…`) may ask for: the admin's list
 * view asks for 250 when it fetches the titles of the documents its rows relate to. Such a
 * lookup returns no more documents than it names.
 */
export const MAX_ID_LOOKUP_SIZE = 250
/** The deepest relationship population one request may ask for. */
export const MAX_DEPTH = 3

const WHOLE_NUMBER = /^\d+$/

function wholeNumberIn(name: string, value: string, min: number, max?: number): string | undefined {
  if (!WHOLE_NUMBER.test(value) || Number(value) < min || (max !== undefined && Number(value) > max)) {
    const range = max === undefined ? `of ${min} or more` : `from ${min} to ${max}`
    return `${name} must be a whole number ${range}; got "${value.slice(0, 40)}".`
  }
  return undefined
}

function jsonObject(name: string, value: string): string | undefined {
  if (value === '') return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return undefined
  } catch {
    // Reported below.
  }
  return `${name} must be a JSON object (or given as ${name}[…]=… parameters).`
}

function parameterProblem(key: string, value: string, reading: boolean, idLookup: boolean): string | undefined {
  if (key === 'where' || key === 'data') return jsonObject(key, value)
  if (!reading) return undefined
  if (key === 'limit') return wholeNumberIn(key, value, 1, idLookup ? MAX_ID_LOOKUP_SIZE : MAX_PAGE_SIZE)
  if (/^joins\[[^\]]*\]\[limit\]$/.test(key)) return wholeNumberIn(key, value, 1, MAX_PAGE_SIZE)
  if (key === 'depth') return wholeNumberIn(key, value, 0, MAX_DEPTH)
  if (key === 'page') return wholeNumberIn(key, value, 1)
  return undefined
}

/**
 * The first problem with the query string, as a message for the client; undefined when it
 * is fine. Page and depth bounds apply to reads: bulk writes (the admin's delete, publish
 * or restore of a selection) legitimately send `limit=0`, meaning every matching document.
 */
export function queryProblem(params: URLSearchParams, method = 'GET'): string | undefined {
  const reading = method === 'GET' || method === 'HEAD'
  const idLookup = params.has('where[id][in]')
  for (const [key, value] of params) {
    const problem = parameterProblem(key, value, reading, idLookup)
    if (problem) return problem
  }
  return undefined
}
