import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { formatBytes } from '../../../lib/uploads'

export const DOCUMENT_TYPES = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument text (ODT)',
} as const
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

const ACCEPTED = Object.values(DOCUMENT_TYPES).join(', ')

/**
 * Refuses, saying why, a document that is too large or whose content is not one of the
 * accepted types — judged by its bytes, not its name (a renamed executable stays an
 * executable). Payload's own content check runs after this one as a second line.
 */
export const validateDocument: CollectionBeforeOperationHook = async ({ operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return
  const refuse = (message: string) => {
    throw new ValidationError({ errors: [{ message, path: 'file' }] })
  }
  if (file.size > MAX_DOCUMENT_BYTES) {
    refuse(`“${file.name}” is ${formatBytes(file.size)}; documents can be at most ${formatBytes(MAX_DOCUMENT_BYTES)}.`)
  }
  const { fileTypeFromBuffer } = await import('file-type')
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected || !(detected.mime in DOCUMENT_TYPES)) {
    const what = detected ? `its content is ${describe(detected.mime)}` : 'its content is not a recognisable document'
    refuse(`“${file.name}” cannot be uploaded: ${what}. Accepted: ${ACCEPTED}.`)
  }
}

function describe(mime: string): string {
  if (/x-(elf|msdownload|mach-o|executable)|x-dosexec|vnd\.microsoft\.portable-executable/.test(mime)) {
    return `a program (${mime}), whatever its name says`
  }
  return mime
}
