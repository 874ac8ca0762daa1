import type { Language, TranslatableCollection } from '@chasqui/cms-types'
import { TRANSLATABLE_COLLECTIONS } from '@chasqui/cms-types'
import type { PayloadRequest } from 'payload'

import { findOne } from './find-one'
import { sitePathOf } from './site-paths'

export type Edition = { language: Language; path: string }
export type WorkRef = { collection: TranslatableCollection; id: string }

type Doc = Record<string, unknown> & { id: string }

const idOf = (value: unknown) => (typeof value === 'string' ? value : (value as { id?: string } | null | undefined)?.id)

/** The original a document belongs to: itself, or what it translates. */
export function workOf(collection: string, doc: Doc): WorkRef | null {
  if (collection === 'translations') {
    const original = doc.original as { relationTo?: TranslatableCollection; value?: unknown } | undefined
    const id = idOf(original?.value)
    return original?.relationTo && id ? { collection: original.relationTo, id } : null
  }
  return (TRANSLATABLE_COLLECTIONS as readonly string[]).includes(collection)
    ? { collection: collection as TranslatableCollection, id: String(doc.id) }
    : null
}

/** Every published edition of a work — the original and its translations — with its address. */
export async function editionsOf(work: WorkRef, req: PayloadRequest): Promise<{ editions: Edition[]; translationIds: string[] }> {
  const original = await findOne<Doc & { _status?: string; language?: Language; slug?: string }>(req, work.collection, work.id, {
    select: { slug: true, language: true, _status: true },
  })
  const translations = await req.payload.find({
    collection: 'translations',
    where: {
      and: [
        { 'original.relationTo': { equals: work.collection } },
        { 'original.value': { equals: work.id } },
        { _status: { equals: 'published' } },
      ],
    },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
    select: { slug: true, language: true, original: true },
  })
  const editions: Edition[] = []
  if (original && original._status === 'published') {
    const path = sitePathOf(work.collection, original)
    if (path) editions.push({ language: original.language ?? 'en', path })
  }
  for (const translation of translations.docs) {
    const path = sitePathOf('translations', translation as never)
    if (path && translation.language) editions.push({ language: translation.language, path })
  }
  editions.sort((a, b) => a.language.localeCompare(b.language))
  return { editions, translationIds: translations.docs.map((doc) => String(doc.id)) }
}

/** The space-separated languages of a work's editions, for feed queries (“ en es ”). */
export const editionLanguages = (editions: Edition[]) => ` ${editions.map((edition) => edition.language).join(' ')} `
