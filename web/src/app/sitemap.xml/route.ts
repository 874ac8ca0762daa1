import { PUBLIC_CACHE_CONTROL } from '../../lib/cache-headers'
import { cms } from '../../lib/cms'
import { absolute } from '../../lib/seo'
import { SITEMAP_FILE_SIZE, sitemapIndex, XML_CONTENT_TYPE } from '../../lib/sitemap'


/** Built per request from the CMS's cached answers (tagged, so fresh): never at build time, which must not need the CMS. */
export const dynamic = 'force-dynamic'

/**
 * The sitemap index: one file for the site's fixed pages and one per hundred published
 * documents, so no request reads the whole collection.
 */
export async function GET() {
  const { totalItems } = await cms.listSitemap({ limit: 1 })
  const files = Math.ceil(totalItems / SITEMAP_FILE_SIZE)
  const locations = [absolute('/sitemaps/pages.xml'), ...Array.from({ length: files }, (_, index) => absolute(`/sitemaps/${index + 1}.xml`))]
  return new Response(sitemapIndex(locations), { headers: { 'Content-Type': XML_CONTENT_TYPE, 'Cache-Control': PUBLIC_CACHE_CONTROL } })
}
