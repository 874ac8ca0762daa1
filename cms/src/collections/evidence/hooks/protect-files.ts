import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

type FileRef = { collection: 'documents' | 'media'; id: string }

function filesOf(doc: Record<string, unknown>): FileRef[] {
  const refs: FileRef[] = []
  const idOf = (value: unknown) =>
    typeof value === 'string' ? value : (value as { id?: string } | null | undefined)?.id
  const file = idOf(doc.file)
  const image = idOf(doc.image)
  if (file) refs.push({ collection: 'documents', id: file })
  if (image) refs.push({ collection: 'media', id: image })
  return refs
}

/**
 * Keeps the files behind evidence as private as the evidence: attaching a file to a
 * redacted or staff-only item makes the file staff-only, so its URL cannot be fetched
 * by guessing. A file goes back to public only when no non-public item uses it.
 */
export const protectEvidenceFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  const restricted = doc.sensitivity !== 'public'
  for (const ref of filesOf(doc)) {
    const visibility = restricted || (await usedByRestrictedEvidence(ref, doc.id, req)) ? 'staff' : 'public'
    await req.payload.update({
      collection: ref.collection,
      id: ref.id,
      data: { visibility },
      depth: 0,
      overrideAccess: true,
      req,
      context: { fromEvidence: true },
    })
  }
  return doc
}

async function usedByRestrictedEvidence(ref: FileRef, exceptId: string, req: PayloadRequest): Promise<boolean> {
  const field = ref.collection === 'documents' ? 'file' : 'image'
  const { totalDocs } = await req.payload.count({
    collection: 'evidence',
    where: {
      and: [{ [field]: { equals: ref.id } }, { id: { not_equals: exceptId } }, { sensitivity: { not_equals: 'public' } }],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}
