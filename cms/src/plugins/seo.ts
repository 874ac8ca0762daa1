import { seoPlugin } from '@payloadcms/plugin-seo'

import { getEnv } from '../env'
import { sitePathOf } from '../lib/site-paths'

/** Title, description and image for search engines and social cards on every public type. */
export const seo = seoPlugin({
  collections: ['articles', 'bulletins', 'reports', 'case-studies', 'pages', 'translations', 'topics'],
  uploadsCollection: 'media',
  tabbedUI: false,
  // Each language edition is its own document with its own SEO fields; per-locale meta
  // on top of that would be a second, confusing layer of translation.
  fields: ({ defaultFields }) =>
    defaultFields.map((field) => ('name' in field && field.name ? { ...field, localized: false } : field)) as typeof defaultFields,
  generateTitle: ({ doc }) => String((doc as { title?: string; name?: string }).title ?? (doc as { name?: string }).name ?? ''),
  generateDescription: ({ doc }) => String((doc as { summary?: string }).summary ?? '').slice(0, 160),
  generateURL: ({ doc, collectionSlug }) => getEnv().webUrl + (sitePathOf(collectionSlug ?? '', doc) ?? '/'),
})
