import type { FeedItem, Paginated, SearchFilters } from '@chasqui/cms-client'
import { LRUCache } from 'lru-cache'

/**
 * The cms's search answers, kept in memory (a bounded LRU) rather than in Next's data
 * cache. The data cache writes every answer to disk (.next/cache/fetch-cache) and keeps
 * it: one file per distinct query, so a crawler asking random queries grows the disk
 * without bound, and every new query waits on a file write before its page is sent.
 * Here the most recent answers are kept for as long as the site's other cached reads,
 * concurrent requests for one query share a single cms call, and the whole cache is
 * dropped when the cms announces a change that touches search (src/app/api/revalidate).
 */

export type SearchAnswers = {
  search(filters: SearchFilters): Promise<Paginated<FeedItem>>
  clear(): void
  readonly size: number
}

export function createSearchCache(
  load: (filters: SearchFilters) => Promise<Paginated<FeedItem>>,
  { maxEntries, ttlMs }: { maxEntries: number; ttlMs: number },
): SearchAnswers {
  const answers = new LRUCache<string, Paginated<FeedItem>, SearchFilters>({
    max: maxEntries,
    ttl: ttlMs,
    fetchMethod: (_key, _stale, { context }) => load(context),
    // A search still in flight when the cache is cleared answers the reader who asked,
    // but is not kept: it may predate the change that cleared the cache.
    ignoreFetchAbort: true,
  })
  return {
    async search(filters) {
      const answer = await answers.fetch(keyOf(filters), { context: filters })
      // fetchMethod always resolves to an answer or throws; undefined would mean it was aborted.
      if (answer === undefined) throw new Error('The search was cancelled.')
      return answer
    },
    clear: () => answers.clear(),
    get size() {
      return answers.size
    },
  }
}

/** One key per distinct search: the filters in a fixed order, empty ones left out. */
function keyOf(filters: SearchFilters): string {
  const { query, section, topic, region, year, language, page, limit } = filters
  return JSON.stringify([query?.trim() ?? '', section ?? '', topic ?? '', region ?? '', year ?? '', language ?? '', page ?? 1, limit ?? ''])
}

/** Registered symbol under which the server's cache lives, shared by every route's bundle. */
const KEY = Symbol.for('chasqui.searchCache')

/** The server's one cache, created on first use with `create`. */
export function sharedSearchCache(create: () => SearchAnswers): SearchAnswers {
  const registry = globalThis as Record<symbol, SearchAnswers | undefined>
  return (registry[KEY] ??= create())
}

/** Drops every kept answer (the cms announced a change to what search finds). */
export function clearSearchCache(): void {
  ;(globalThis as Record<symbol, SearchAnswers | undefined>)[KEY]?.clear()
}
