import type { Language, TranslatableCollection } from '@chasqui/cms-types'
import { LANGUAGES, TRANSLATABLE_COLLECTIONS } from '@chasqui/cms-types'
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
export async function editionsOf(
  work: WorkRef,
  req: PayloadRequest,
): Promise<{ editions: Edition[]; translationIds: string[]; originalLanguage: Language }> {
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
  return { editions, translationIds: translations.docs.map((doc) => String(doc.id)), originalLanguage: original?.language ?? 'en' }
}

/**
 * The languages an entry of the feed stands for, space-separated for a `like` query
 * (“ en es ”): an edition stands for its own language, and an original also for every
 * language the work has no edition in (readers then get the original, marked as in
 * another language). Entries that are not works stand for every language.
 */
export function showIn(entry: { language: Language; isOriginal: boolean } | null, editions: Edition[]): string {
  const languages = entry
    ? LANGUAGES.filter(
        (language) => language === entry.language || (entry.isOriginal && !editions.some((edition) => edition.language === language)),
      )
    : [...LANGUAGES]
  return ` ${languages.join(' ')} `
}
