import { sitePath, type TranslatableCollection, translationPath } from '@chasqui/cms-types'

type Doc = {
  slug?: string | null
  number?: number | null
  language?: 'en' | 'es' | null
  original?: { relationTo?: TranslatableCollection } | null
}

/** Where a document is read on the site, or null if it has no address (yet). */
export function sitePathOf(collection: string, doc: Doc): string | null {
  if (collection === 'bulletins') return doc.number ? sitePath({ collection, number: doc.number }) : null
  if (!doc.slug) return null
  if (collection === 'translations') {
    return doc.original?.relationTo && doc.language ? translationPath(doc.original.relationTo, doc.slug, doc.language) : null
  }
  // Every edition lives under its own language: originals written in Spanish too.
  if (collection === 'articles' || collection === 'reports' || collection === 'case-studies' || collection === 'pages') {
    return sitePath({ collection, slug: doc.slug }, doc.language ?? undefined)
  }
  if (collection === 'topics') return sitePath({ collection, slug: doc.slug })
  return null
}
