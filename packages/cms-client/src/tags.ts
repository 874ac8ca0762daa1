/**
 * Cache tags. Reads tag what they fetch and invalidation drops the same tags, both
 * built here so the two can never drift apart.
 */
export const tags = {
  /** Any list or document of a collection. */
  collection: (collection: string) => `cms:${collection}`,
  /** One document, by id. */
  document: (collection: string, id: string) => `cms:${collection}:${id}`,
}
