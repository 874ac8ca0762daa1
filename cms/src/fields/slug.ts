import { type CollectionSlug, type FieldHook, type RowField, slugField, type TextField, type TextFieldSingleValidation } from 'payload'

import { text as validText } from 'payload/shared'

import { toSlug } from '../lib/to-slug'

/**
 * Payload's slug field (generated from the title in the admin, editable, unique) plus
 * what API and seed writes need: a slug generated on the server when none is given,
 * made unique within the collection by a numeric suffix ("update-154-2"). Accents are
 * kept as plain letters (lib/to-slug).
 */
export function slug({ from = 'title' }: { from?: string } = {}): RowField {
  return slugField({
    useAsSlug: from,
    // Used by the admin's slug button and the field's own generation.
    // Nothing to slugify yet (an empty autosaved draft) must stay no slug, not '' (unique).
    slugify: ({ valueToSlugify }) => (valueToSlugify ? toSlug(String(valueToSlugify)) || undefined : undefined),
    overrides: (row) => {
      const [checkbox, text] = row.fields as [RowField['fields'][number], TextField]
      return {
        ...row,
        fields: [checkbox, { ...text, hasMany: false, hooks: { ...text.hooks, beforeValidate: [fillSlug(from)] }, validate: slugToPublish } as TextField],
      }
    },
  })
}

/**
 * A published document needs a slug, its address on the site: a title with no letter or
 * digit ("???") makes none, and the document was published with none, listed on the site
 * under an address that answered 404. Drafts may be without one.
 */
const slugToPublish: TextFieldSingleValidation = (value, options) => {
  const status = (options.data as { _status?: unknown } | undefined)?._status
  if (!value && status === 'published') return 'A published document needs a slug (its address on the site): type one, using letters or digits.'
  return validText(value, options)
}

const fillSlug =
  (from: string): FieldHook =>
  async ({ value, data, originalDoc, collection, req }) => {
    if (typeof value === 'string' && value.trim()) return value
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || !collection) return value
    const base = toSlug(source)
    if (!base) return value
    return uniqueSlug(base, collection.slug as CollectionSlug, originalDoc?.id, req)
  }

async function uniqueSlug(
  base: string,
  collection: CollectionSlug,
  ownId: number | string | undefined,
  req: Parameters<FieldHook>[0]['req'],
): Promise<string> {
  const taken = await req.payload.find({
    collection,
    where: {
      and: [{ slug: { like: base } }, ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }])],
    },
    select: { slug: true },
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    overrideAccess: true,
    req,
  })
  const used = new Set(taken.docs.map((doc) => (doc as { slug?: string }).slug))
  if (!used.has(base)) return base
  let n = 2
  while (used.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}
