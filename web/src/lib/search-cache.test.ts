import type { FeedItem, Paginated, SearchFilters } from '@chasqui/cms-client'
import { describe, expect, it } from 'vitest'

import { clearSearchCache, createSearchCache, sharedSearchCache } from './search-cache'

/** A stand-in for the cms: answers with the filters it was asked, and counts the calls. */
function recordingLoad() {
  const calls: SearchFilters[] = []
  let fail = false
  const load = async (filters: SearchFilters): Promise<Paginated<FeedItem>> => {
    calls.push(filters)
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (fail) throw new Error('cms down')
    return { items: [], page: filters.page ?? 1, totalPages: 1, totalItems: calls.length, hasNextPage: false, hasPrevPage: false }
  }
  return { calls, load, failNext: (value: boolean) => (fail = value) }
}

const options = { maxEntries: 3, ttlMs: 60_000 }

describe('search answers cache', () => {
  it('asks the cms once per distinct search', async () => {
    const { calls, load } = recordingLoad()
    const cache = createSearchCache(load, options)
    const first = await cache.search({ query: 'mining', page: 1 })
    expect(await cache.search({ query: ' mining ', page: 1 })).toBe(first)
    await cache.search({ query: 'mining', page: 2 })
    await cache.search({ query: 'mining', page: 1, year: 2010 })
    expect(calls.map((call) => [call.page, call.year])).toEqual([
      [1, undefined],
      [2, undefined],
      [1, 2010],
    ])
  })

  it('shares one cms call between concurrent requests for the same search', async () => {
    const { calls, load } = recordingLoad()
    const cache = createSearchCache(load, options)
    const answers = await Promise.all([1, 2, 3].map(() => cache.search({ query: 'water' })))
    expect(calls).toHaveLength(1)
    expect(new Set(answers).size).toBe(1)
  })

  it('keeps no failure: the next request asks again', async () => {
    const { calls, load, failNext } = recordingLoad()
    const cache = createSearchCache(load, options)
    failNext(true)
    await expect(cache.search({ query: 'court' })).rejects.toThrow('cms down')
    failNext(false)
    await expect(cache.search({ query: 'court' })).resolves.toMatchObject({ page: 1 })
    expect(calls).toHaveLength(2)
    expect(cache.size).toBe(1)
  })

  it('is bounded, forgetting the least recently used search', async () => {
    const { calls, load } = recordingLoad()
    const cache = createSearchCache(load, options)
    for (const query of ['a', 'b', 'c', 'd']) await cache.search({ query })
    expect(cache.size).toBe(3)
    await cache.search({ query: 'd' })
    await cache.search({ query: 'a' })
    expect(calls.map((call) => call.query)).toEqual(['a', 'b', 'c', 'd', 'a'])
  })

  it('answers a search in flight during a clear, but does not keep it', async () => {
    const { calls, load } = recordingLoad()
    const cache = createSearchCache(load, options)
    const inFlight = cache.search({ query: 'protest' })
    cache.clear()
    await expect(inFlight).resolves.toMatchObject({ page: 1 })
    expect(cache.size).toBe(0)
    await cache.search({ query: 'protest' })
    expect(calls).toHaveLength(2)
  })

  it('forgets everything when the shared cache is cleared', async () => {
    const { calls, load } = recordingLoad()
    const shared = sharedSearchCache(() => createSearchCache(load, options))
    expect(sharedSearchCache(() => createSearchCache(load, options))).toBe(shared)
    await shared.search({ query: 'river' })
    clearSearchCache()
    expect(shared.size).toBe(0)
    await shared.search({ query: 'river' })
    expect(calls).toHaveLength(2)
  })
})
