import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest, Where } from 'payload'

type FileRef = { collection: 'documents' | 'media'; id: string }
type FileVisibility = 'public' | 'members' | 'staff'
type Source = { collection: CollectionSlug; id: string }

const STRICTNESS: Record<FileVisibility, number> = { public: 0, members: 1, staff: 2 }
const strictest = (a: FileVisibility, b: FileVisibility) => (STRICTNESS[a] >= STRICTNESS[b] ? a : b)

const idOf = (value: unknown) => (typeof value === 'string' ? value : (value as { id?: string } | null | undefined)?.id)

/** Collections whose members-only documents keep their PDF for members (fields/members-file.ts). */
const MEMBERS_FILE_COLLECTIONS = ['reports', 'bulletins'] as const

/**
 * Keeps a file as private as the most private document that uses it, so its URL cannot
 * be fetched by guessing: staff-only for redacted or staff-only evidence, members-only
 * for the PDF of a members-only report or bulletin, public otherwise. `own` is what the
 * document being saved needs (its saved state may be a draft the tables do not show
 * yet); every other user of the file is counted from the database.
 */
async function protectFile(ref: FileRef, own: FileVisibility, source: Source, req: PayloadRequest) {
  const visibility = strictest(own, await requiredByOthers(ref, source, req))
  const current = await req.payload.findByID({ collection: ref.collection, id: ref.id, depth: 0, overrideAccess: true, req, select: { visibility: true } })
  if (current.visibility === visibility) return
  await req.payload.update({ collection: ref.collection, id: ref.id, data: { visibility }, depth: 0, overrideAccess: true, req })
}

async function requiredByOthers(ref: FileRef, source: Source, req: PayloadRequest): Promise<FileVisibility> {
  const others = (collection: CollectionSlug, where: Where[]): Where => ({
    and: [...where, ...(collection === source.collection ? [{ id: { not_equals: source.id } }] : [])],
  })
  const field = ref.collection === 'documents' ? 'file' : 'image'
  const evidence = await req.payload.count({
    collection: 'evidence',
    where: others('evidence', [{ [field]: { equals: ref.id } }, { sensitivity: { not_equals: 'public' } }]),
    overrideAccess: true,
    req,
  })
  if (evidence.totalDocs > 0) return 'staff'
  if (ref.collection !== 'documents') return 'public'
  for (const collection of MEMBERS_FILE_COLLECTIONS) {
    const { totalDocs } = await req.payload.count({
      collection,
      where: others(collection, [{ pdf: { equals: ref.id } }, { visibility: { equals: 'members' } }]),
      overrideAccess: true,
      req,
    })
    if (totalDocs > 0) return 'members'
  }
  return 'public'
}

/** The files a saved document uses now, with what it needs of each, and those it no longer uses (it needs nothing of them). */
function changedRefs(now: FileRef[], before: FileRef[], own: FileVisibility): [FileRef, FileVisibility][] {
  const key = (ref: FileRef) => `${ref.collection}:${ref.id}`
  const current = new Set(now.map(key))
  return [...now.map((ref): [FileRef, FileVisibility] => [ref, own]), ...before.filter((ref) => !current.has(key(ref))).map((ref): [FileRef, FileVisibility] => [ref, 'public'])]
}

function evidenceFiles(doc: Record<string, unknown> | undefined): FileRef[] {
  const refs: FileRef[] = []
  const file = idOf(doc?.file)
  const image = idOf(doc?.image)
  if (file) refs.push({ collection: 'documents', id: file })
  if (image) refs.push({ collection: 'media', id: image })
  return refs
}

/** Evidence: attaching a file to a redacted or staff-only item makes the file staff-only. */
export const protectEvidenceFiles: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const own: FileVisibility = doc.sensitivity !== 'public' ? 'staff' : 'public'
  for (const [ref, needs] of changedRefs(evidenceFiles(doc), evidenceFiles(previousDoc), own)) {
    await protectFile(ref, needs, { collection: 'evidence', id: doc.id }, req)
  }
  return doc
}

/** Reports and bulletins: the PDF of a members-only one is served to active members and staff only. */
export const protectMembersFiles: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  const pdfOf = (value: Record<string, unknown> | undefined): FileRef[] => {
    const id = idOf(value?.pdf)
    return id ? [{ collection: 'documents', id }] : []
  }
  const own: FileVisibility = doc.visibility === 'members' ? 'members' : 'public'
  for (const [ref, needs] of changedRefs(pdfOf(doc), pdfOf(previousDoc), own)) {
    await protectFile(ref, needs, { collection: collection.slug, id: doc.id }, req)
  }
  return doc
}
