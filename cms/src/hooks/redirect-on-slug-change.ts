import { sitePath, type TranslatableCollection, translationPath } from '@chasqui/cms-types'
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug } from 'payload'

type Slugged = {
  id: string
  slug?: string | null
  _status?: string
  language?: 'en' | 'es'
  original?: { relationTo: TranslatableCollection }
}

/** The public address a published document has with a given slug. */
function pathOf(collection: string, doc: Slugged, slug: string): string | null {
  if (collection === 'translations') {
    return doc.original?.relationTo && doc.language ? translationPath(doc.original.relationTo, slug, doc.language) : null
  }
  if (collection === 'articles' || collection === 'reports' || collection === 'case-studies' || collection === 'pages') {
    return sitePath({ collection, slug })
  }
  return null
}

const LIVE = 'redirectOnSlugChange:live'

/**
 * Changing the slug of a published document keeps its old address working: a redirect
 * from the old path to the document. A redirect *from* the new path (the document was
 * renamed back) is removed so the two never loop.
 *
 * Two hooks: with drafts and autosave the new slug usually reaches a draft first, so
 * `previousDoc` already carries it. Before a publish, the live (published) document is
 * read and kept in the request context for the after-change half.
 */
export const redirectOnSlugChange: { beforeChange: CollectionBeforeChangeHook; afterChange: CollectionAfterChangeHook } = {
  beforeChange: async ({ data, originalDoc, collection, req }) => {
    if (data._status !== 'published' || !originalDoc?.id) return data
    const live = await req.payload
      .findByID({
        collection: collection.slug as CollectionSlug,
        id: originalDoc.id,
        draft: false,
        depth: 0,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    req.context[`${LIVE}:${originalDoc.id}`] = live
    return data
  },

  afterChange: async ({ doc, collection, req }) => {
    const before = req.context[`${LIVE}:${doc.id}`] as Slugged | null | undefined
    const after = doc as Slugged
    if (!before?.slug || !after.slug || before.slug === after.slug) return doc
    if (before._status !== 'published' || after._status !== 'published') return doc
    const from = pathOf(collection.slug, before, before.slug)
    const to = pathOf(collection.slug, after, after.slug)
    if (!from || !to) return doc

    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, overrideAccess: true, req })
    const existing = await req.payload.count({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true, req })
    if (existing.totalDocs === 0) {
      await req.payload.create({
        collection: 'redirects',
        data: {
          from,
          to: { type: 'reference', reference: { relationTo: collection.slug as 'articles', value: after.id } },
          type: '301',
        },
        overrideAccess: true,
        req,
      })
    }
    return doc
  },
}
