import { type CollectionBeforeOperationHook, ValidationError } from 'payload'
import sharp from 'sharp'

import { formatBytes } from '../../../lib/uploads'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif']
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024

/**
 * Refuses, with a reason a person can act on, an image that is too large, is not an
 * image whatever its name says, or cannot be decoded (Payload's own type check would
 * pass a truncated JPEG, and sharp would then fail while resizing).
 */
export const validateImage: CollectionBeforeOperationHook = async ({ operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return
  const refuse = (message: string) => {
    throw new ValidationError({ errors: [{ message, path: 'file' }] })
  }
  if (file.size > MAX_IMAGE_BYTES) {
    refuse(`“${file.name}” is ${formatBytes(file.size)}; images can be at most ${formatBytes(MAX_IMAGE_BYTES)}.`)
  }
  let format: string | undefined
  try {
    const metadata = await sharp(file.data, { failOn: 'error' }).metadata()
    format = metadata.format
    // Decoding the whole image is what catches truncated or corrupt files.
    await sharp(file.data, { failOn: 'error' }).stats()
  } catch {
    refuse(
      format
        ? `“${file.name}” looks like a ${format.toUpperCase()} image but is damaged and cannot be read. Export it again and re-upload.`
        : `“${file.name}” is not an image Chasqui can read. Upload a JPEG, PNG, WebP, GIF or AVIF file.`,
    )
  }
  if (!format || !['jpeg', 'png', 'webp', 'gif', 'heif'].includes(format)) {
    refuse(`“${file.name}” is a ${format ?? 'unknown'} file; upload a JPEG, PNG, WebP, GIF or AVIF image.`)
  }
}
