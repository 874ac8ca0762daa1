/**
 * Cache tags. Reads tag what they fetch and invalidation drops the same tags, both
 * built here so the two can never drift apart.
 */
export const tags = {
  /** Lists and listings of a collection (type pages, sitemaps, feeds of that type). */
  collection: (collection: string) => `cms:${collection}`,
  /** One document, by id (pages that show it as related content). */
  document: (collection: string, id: string) => `cms:${collection}:${id}`,
  /** One document, by the slug it is read at (its own page). */
  slug: (collection: string, slug: string) => `cms:${collection}:slug:${slug}`,
  /** A bulletin issue, by number. */
  bulletin: (number: number) => `cms:bulletins:number:${number}`,
  global: (slug: string) => `cms:global:${slug}`,
  /** The mixed feed of every published type (home, feeds, topic and region listings). */
  feed: 'cms:feed',
  /** Search results. */
  search: 'cms:search',
  redirects: 'cms:redirects',
} as const
