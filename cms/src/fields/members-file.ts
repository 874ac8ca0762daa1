import type { UploadField } from 'payload'

import { bodyReaders } from '../access'

/**
 * A document's own file (a report's PDF, a bulletin's full issue): for a members-only
 * document it is the body in another form, so it is withheld from the same readers.
 */
export function membersFile({ name = 'pdf', description }: { name?: string; description: string }): UploadField {
  return { name, type: 'upload', relationTo: 'documents', admin: { description }, access: { read: bodyReaders } }
}
