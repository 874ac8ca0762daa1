/** Constants shared by the cms, the client and the site. No runtime dependencies. */

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const STAFF_ROLES = ['admin', 'editor', 'translator', 'researcher', 'membership', 'integrator'] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const COLLECTIONS = {
  users: 'users',
  articles: 'articles',
} as const
export type CollectionSlug = (typeof COLLECTIONS)[keyof typeof COLLECTIONS]
