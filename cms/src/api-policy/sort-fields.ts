import type { CollectionSlug, Payload } from 'payload'

/** How many of a collection's field names the error message suggests. */
const NAMES_SHOWN = 12

type CollectionConfig = Payload['collections'][CollectionSlug]['config']

/**
 * `names` worked out once per key (a collection's config, a GraphQL type): both are built
 * once at start-up and never change, while the checks below run on every sorted request.
 */
export function namesOnce<K extends object>(names: (key: K) => Set<string>): (key: K) => Set<string> {
  const known = new WeakMap<K, Set<string>>()
  return (key) => {
    let found = known.get(key)
    if (!found) {
      found = names(key)
      known.set(key, found)
    }
    return found
  }
}

/** Each collection's sortable names. */
const sortableNames = namesOnce((config: CollectionConfig) => new Set(['id', ...config.flattenedFields.map((field) => field.name)]))

/**
 * The first name in a `sort` value (comma-separated, each with an optional leading `-`)
 * that is not one of `names`, checked by its first segment (`meta.title` by `meta`), as a
 * message saying what to send instead; undefined when every name is known. Shared by REST
 * and GraphQL, which both pass `sort` to Payload, which ignores a name it does not know and
 * answers in its default order, so a typo (`-publishedat`) would look like an answer.
 */
export function unknownSortName(sort: string, names: ReadonlySet<string>, collection: string): string | undefined {
  for (const entry of sort.split(',')) {
    const name = entry.trim().replace(/^-/, '')
    if (names.has(name.split('.')[0] ?? '')) continue
    const known = [...names].filter((candidate) => !candidate.startsWith('_')).slice(0, NAMES_SHOWN)
    return `sort: "${name.slice(0, 60)}" is not a field of ${collection}. Sort by a field name (${known.join(', ')}, …), with - before it for descending order.`
  }
  return undefined
}

/** A REST list's `sort` must name fields of the collection. Only `GET /api/<collection>`: other routes' `sort` is theirs to read. */
export function sortProblem(payload: Payload, url: URL, method: string): string | undefined {
  const sort = url.searchParams.get('sort')
  if (!sort || (method !== 'GET' && method !== 'HEAD')) return undefined
  const prefix = `${payload.config.routes.api}/`
  if (!url.pathname.startsWith(prefix)) return undefined
  const slug = url.pathname.slice(prefix.length).replace(/\/$/, '')
  if (!Object.hasOwn(payload.collections, slug)) return undefined
  return unknownSortName(sort, sortableNames(payload.collections[slug as CollectionSlug].config), slug)
}
