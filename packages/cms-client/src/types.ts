import type { Article, Locale } from '@chasqui/cms-types'

export type Paginated<T> = {
  items: T[]
  page: number
  totalPages: number
  totalItems: number
  hasNextPage: boolean
  hasPrevPage: boolean
}

export type ArticleKind = Article['kind']

/** What a feed or listing shows of an article. */
export type ArticleSummary = {
  id: string
  slug: string
  title: string
  kind: ArticleKind
  summary: string
  publishedAt: string | null
}

export type ListOptions = {
  page?: number
  limit?: number
  locale?: Locale
}

export type HealthStatus = { status: 'ok' | 'error'; service: string; [key: string]: unknown }
