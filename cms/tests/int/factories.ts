import type { Article } from '@chasqui/cms-types'
import type { Payload } from 'payload'
import { slugify } from 'payload/shared'

type ArticleInput = Partial<Omit<Article, 'id' | 'createdAt' | 'updatedAt'>> & { title: string }

/** `buildArticle`: a published article unless `_status: 'draft'` is given. */
export async function buildArticle(payload: Payload, overrides: ArticleInput): Promise<Article> {
  const status = overrides._status ?? 'published'
  return payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      kind: 'news',
      summary: `${overrides.title} — summary`,
      slug: slugify(overrides.title) ?? overrides.title,
      publishedAt: status === 'published' ? '2012-12-19T09:00:00.000Z' : undefined,
      ...overrides,
      _status: status,
    },
  })
}
