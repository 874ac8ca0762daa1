import type { CollectionAfterChangeHook } from 'payload'

import { sitePathOf } from '../lib/site-paths'
import { liveBefore } from './live-document'

/**
 * Changing the slug of a published document keeps its old address working: a redirect
 * from the old path to the document. A redirect *from* the new path (the document was
 * renamed back) is removed so the two never loop. Compares with the published document
 * before the save (hooks/live-document), since autosave usually puts the new slug in a
 * draft first.
 */
export const redirectOnSlugChange: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  const before = liveBefore(req, collection.slug, doc.id)
  if (!before?.slug || !doc.slug || before.slug === doc.slug || doc._status !== 'published') return doc
  const from = sitePathOf(collection.slug, before)
  const to = sitePathOf(collection.slug, doc)
  if (!from || !to || from === to) return doc

  await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, overrideAccess: true, req })
  const existing = await req.payload.count({ collection: 'redirects', where: { from: { equals: from } }, overrideAccess: true, req })
  if (existing.totalDocs === 0) {
    await req.payload.create({
      collection: 'redirects',
      data: {
        from,
        to: { type: 'reference', reference: { relationTo: collection.slug as 'articles', value: doc.id } },
        type: '301',
      },
      overrideAccess: true,
      req,
    })
  }
  return doc
}
