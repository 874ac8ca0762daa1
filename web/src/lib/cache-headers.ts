import { REVALIDATE_SECONDS } from './cms'

/**
 * For public responses built outside Next's page cache (feeds, sitemaps): a shared cache
 * may hold them for as long as the site's own cache does and serve them stale while it
 * fetches a fresh copy.
 */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}, stale-while-revalidate=86400`
