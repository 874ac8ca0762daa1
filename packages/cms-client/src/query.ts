import { stringify } from 'qs-esm'

/** Payload's REST query syntax (`where[field][op]=…`, `select[field]=true`), as Payload documents it. */
export function toQueryString(params: Record<string, unknown>): string {
  return stringify(params, { addQueryPrefix: true, encodeValuesOnly: true })
}
