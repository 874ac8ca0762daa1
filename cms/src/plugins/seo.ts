import { sitePath, type TranslatableCollection, translationPath } from '@chasqui/cms-types'
import { seoPlugin } from '@payloadcms/plugin-seo'

import { getEnv } from '../env'

type Doc = { slug?: string; number?: number; language?: 'en' | 'es'; original?: { relationTo?: TranslatableCollection } }

/** Where a document will be read on the site, for the SEO preview. */
function siteUrl(collection: string, doc: Doc): string {
  const base = getEnv().webUrl
  if (collection === 'bulletins' && doc.number) return base + sitePath({ collection, number: doc.number })
  if (!doc.slug) return base
  if (collection === 'translations' && doc.original?.relationTo && doc.language) {
    return base + translationPath(doc.original.relationTo, doc.slug, doc.language)
  }
  if (collection === 'articles' || collection === 'reports' || collection === 'case-studies' || collection === 'pages' || collection === 'topics') {
    return base + sitePath({ collection, slug: doc.slug })
  }
  return base
}

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
  generateURL: ({ doc, collectionSlug }) => siteUrl(collectionSlug ?? '', doc as Doc),
})
