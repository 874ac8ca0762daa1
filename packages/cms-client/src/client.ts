import { COLLECTIONS, DEFAULT_LOCALE } from '@chasqui/cms-types'

import { CmsError, CmsUnavailableError } from './errors.js'
import {
  ARTICLE_SUMMARY_SELECT,
  type ArticleSummaryFields,
  type PayloadList,
  toArticleSummary,
  toPaginated,
} from './mappers.js'
import { toQueryString } from './query.js'
import { tags } from './tags.js'
import type { ArticleSummary, HealthStatus, ListOptions, Paginated } from './types.js'

export type CmsClientOptions = {
  /** Where the CMS answers, e.g. `https://cms.example.org` (no trailing `/api`). */
  baseUrl: string
  /** An integrator API key; sent as `Authorization: users API-Key <key>`. */
  apiKey?: string
  /** Defaults to the global fetch. */
  fetch?: typeof fetch
  /**
   * Extra `fetch` options per request, given the request's cache tags — e.g. in
   * Next.js: `({ tags }) => ({ next: { tags } })`.
   */
  requestInit?: (context: { tags: string[] }) => RequestInit
  /** Per-request timeout; a slower answer counts as unavailable. Default 10 s. */
  timeoutMs?: number
}

type RequestOptions = { tags?: string[]; init?: RequestInit }

export const MAX_PAGE_SIZE = 100

export function createCmsClient(options: CmsClientOptions) {
  const baseUrl = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? 10_000

  async function request<T>(path: string, { tags: requestTags = [], init }: RequestOptions = {}): Promise<T> {
    const headers = new Headers(init?.headers)
    headers.set('Accept', 'application/json')
    if (options.apiKey) headers.set('Authorization', `users API-Key ${options.apiKey}`)

    let response: Response
    try {
      response = await doFetch(`${baseUrl}${path}`, {
        ...options.requestInit?.({ tags: requestTags }),
        ...init,
        headers,
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      throw new CmsUnavailableError(`CMS unreachable at ${baseUrl}: ${reason}`)
    }
    if (response.status >= 500) {
      throw new CmsUnavailableError(`CMS answered ${response.status} for ${path}`, response.status)
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      const message = body?.errors?.[0]?.message ?? response.statusText
      throw new CmsError(`CMS answered ${response.status} for ${path}: ${message}`, response.status, 'CMS_REQUEST_FAILED')
    }
    return (await response.json()) as T
  }

  return {
    /** Published articles, newest first. */
    async listArticles({ page = 1, limit = 10, locale = DEFAULT_LOCALE }: ListOptions = {}): Promise<
      Paginated<ArticleSummary>
    > {
      const query = toQueryString({
        where: { _status: { equals: 'published' } },
        sort: '-publishedAt',
        page,
        limit: Math.min(Math.max(1, limit), MAX_PAGE_SIZE),
        depth: 0,
        locale,
        select: ARTICLE_SUMMARY_SELECT,
      })
      const list = await request<PayloadList<ArticleSummaryFields>>(`/api/${COLLECTIONS.articles}${query}`, {
        tags: [tags.collection(COLLECTIONS.articles)],
      })
      return toPaginated(list, toArticleSummary)
    },

    /** The CMS's own health report; never cached. */
    async health(): Promise<HealthStatus> {
      return request<HealthStatus>('/api/health', { init: { cache: 'no-store' } })
    },
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
