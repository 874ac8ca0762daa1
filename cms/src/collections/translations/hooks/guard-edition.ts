import { TRANSLATABLE_COLLECTIONS, type TranslatableCollection } from '@chasqui/cms-types'
import { type CollectionBeforeChangeHook, Forbidden, ValidationError } from 'payload'

import { hasRole } from '../../../access'
import { findOne } from '../../../lib/find-one'
import { assignedLanguages } from '../access'

type OriginalRef = { relationTo: TranslatableCollection; value: string | { id: string } }

export function originalRef(value: unknown): { collection: TranslatableCollection; id: string } | null {
  const ref = value as OriginalRef | null | undefined
  if (!ref || !TRANSLATABLE_COLLECTIONS.includes(ref.relationTo)) return null
  const id = typeof ref.value === 'string' ? ref.value : ref.value?.id
  return id ? { collection: ref.relationTo, id } : null
}

const LANGUAGE_NAME: Record<string, string> = { en: 'English', es: 'Spanish' }

/**
 * Keeps a translation consistent with its original:
 * - one edition per (original, language): a second is refused, naming the first;
 * - a translation is in another language than its original;
 * - a translator stays within their assigned languages;
 * - a translation of a members-only original is members-only too;
 * - on publish, it records which revision of the original it translates.
 */
export const guardEdition: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  const ref = originalRef(data.original ?? originalDoc?.original)
  let language: string | undefined = data.language ?? originalDoc?.language
  const publishing = data._status === 'published'

  if (hasRole(req.user, 'translator') && !hasRole(req.user, 'admin', 'editor')) {
    const assigned = assignedLanguages(req.user)
    if (assigned.length === 0) throw new Forbidden(req.t)
    // A fresh draft carries the field's default (English): start it in their language.
    if (!ref && (!language || !assigned.includes(language as never))) {
      language = assigned[0]
      data.language = language
    }
    if (language && !assigned.includes(language as never)) {
      const names = assigned.map((code) => LANGUAGE_NAME[code] ?? code).join(' or ')
      throw new ValidationError({
        errors: [{ path: 'language', message: `You translate into ${names}; choose ${names} as this edition's language.` }],
      })
    }
  }

  // Autosave creates the draft as soon as the form opens: a draft may be incomplete.
  if (!ref || !language) {
    if (!publishing) return { ...data, sourceRevision: originalDoc?.sourceRevision ?? null }
    throw new ValidationError({
      errors: [
        ...(ref ? [] : [{ path: 'original', message: 'Choose the document this translates.' }]),
        ...(language ? [] : [{ path: 'language', message: 'Choose the language of this edition.' }]),
      ],
    })
  }

  const original = await findOne(req, ref.collection, ref.id, {
    draft: true,
    select: { title: true, language: true, visibility: true, contentRevision: true },
  })
  if (!original) {
    throw new ValidationError({ errors: [{ path: 'original', message: 'The original document no longer exists.' }] })
  }
  const originalFields = original as { title?: string; language?: string; visibility?: string; contentRevision?: number }

  if (originalFields.language === language) {
    throw new ValidationError({
      errors: [
        {
          path: 'language',
          message: `“${originalFields.title}” is itself in ${LANGUAGE_NAME[language] ?? language}; a translation must be in another language.`,
        },
      ],
    })
  }

  const existing = await req.payload.find({
    collection: 'translations',
    where: {
      and: [
        { 'original.relationTo': { equals: ref.collection } },
        { 'original.value': { equals: ref.id } },
        { language: { equals: language } },
        ...(operation === 'update' && originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    draft: true,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
    select: { title: true },
  })
  const duplicate = existing.docs[0]
  if (duplicate) {
    throw new ValidationError({
      errors: [
        {
          path: 'language',
          message: `“${originalFields.title}” already has a ${LANGUAGE_NAME[language] ?? language} translation (“${(duplicate as { title?: string }).title}”). Edit that one instead of adding a second.`,
        },
      ],
    })
  }

  const next = { ...data }
  if (originalFields.visibility === 'members') next.visibility = 'members'
  // Never what the client sent: the revision of the original this edition was published against.
  next.sourceRevision = publishing ? (originalFields.contentRevision ?? 1) : (originalDoc?.sourceRevision ?? null)
  return next
}
