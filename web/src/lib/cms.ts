import 'server-only'

import { type CmsClient, type CmsClientOptions, createCmsClient } from '@chasqui/cms-client'
import { draftMode } from 'next/headers'

import { getEnv } from '../env'
import { memberViewer } from './members/viewer'
import { withSiteHeaders } from './site-token'
import { markCmsUnavailable } from './request-state'
import { createSearchCache, sharedSearchCache } from './search-cache'

/**
 * How long any cached read may be served before a background refresh, in seconds: the
 * safety net behind tag invalidation (which the cms triggers within a second of a
 * change), for what no event covers — an image's alt text edited, say.
 */
export const REVALIDATE_SECONDS = 300

const env = getEnv()

/**
 * The site's fetch of the cms: with the headers every such request carries (site-token.ts),
 * telling the server when the CMS is down (see request-state.ts). For the few reads that
 * are not the client's (a MineWatch CSV download).
 */
export const siteFetch: typeof fetch = async (input, init) => {
  try {
    const response = await fetch(input, await withSiteHeaders(init))
    if (response.status >= 500) markCmsUnavailable()
    return response
  } catch (error) {
    markCmsUnavailable()
    throw error
  }
}

/** A client of the cms with the site's fetch and timeout; `options` choose the rest. */
function cmsClient(options: Omit<CmsClientOptions, 'baseUrl' | 'timeoutMs' | 'fetch'>): CmsClient {
  return createCmsClient({ baseUrl: env.cmsUrl, timeoutMs: 5_000, fetch: siteFetch, ...options })
}

const uncached = (): RequestInit => ({ cache: 'no-store' })

/** Answers to searches kept at once (each a page of at most 100 entries; 20 on the site). */
const SEARCH_CACHE_ENTRIES = 500

/**
 * Published search answers go through a bounded memory cache (search-cache.ts), not
 * Next's data cache, which would write each distinct query to disk.
 */
const searchAnswers = sharedSearchCache(() => {
  const fresh = cmsClient({ requestInit: uncached })
  return createSearchCache((filters) => fresh.search(filters), { maxEntries: SEARCH_CACHE_ENTRIES, ttlMs: REVALIDATE_SECONDS * 1000 })
})

/**
 * Published content, cached with tags: the cms's revalidation events drop exactly what
 * changed. Its searches are the kept answers above.
 */
const publishedClient: CmsClient = {
  ...cmsClient({ requestInit: ({ tags }) => ({ cache: 'force-cache', next: { tags, revalidate: REVALIDATE_SECONDS } }) }),
  search: (filters) => searchAnswers.search(filters),
}

/** Drafts, for staff in preview mode: never cached. */
const previewClient = env.previewApiKey ? cmsClient({ apiKey: env.previewApiKey, draft: true, requestInit: uncached }) : publishedClient

/**
 * The CMS client for this request: drafts in preview mode; on the member-view pages, the
 * signed-in member's uncached reads (lib/members/viewer.ts); cached published content otherwise.
 */
export async function getCms(): Promise<CmsClient> {
  const member = memberViewer().client
  if (member) return member
  return (await draftMode()).isEnabled ? previewClient : publishedClient
}

/** For routes that never preview (feeds, sitemap, health). */
export const cms = publishedClient

/**
 * The site's own writes (a reader's MineWatch correction), made server-side with the
 * site's key so the cms takes no anonymous writes; null when no key is configured.
 */
export const siteWriteClient = env.previewApiKey ? cmsClient({ apiKey: env.previewApiKey, requestInit: uncached }) : null
