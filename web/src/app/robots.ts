import type { MetadataRoute } from 'next'

import { absolute } from '../lib/seo'

export const dynamic = 'force-dynamic'

/** Everything public may be crawled except the site's API and search results. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/search', '/es/search'] },
    sitemap: absolute('/sitemap.xml'),
  }
}
