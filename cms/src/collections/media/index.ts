import type { CollectionConfig } from 'payload'

import { editorsOnly, filesForReader, uploaders } from '../../access'
import { fileVisibility } from '../../fields/visibility'
import { uploadsDir } from '../../lib/uploads'
import { IMAGE_TYPES, validateImage } from './hooks/validate-image'

/** Images. Alt text is required; sharp builds the sizes the site's srcsets use. */
export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: uploaders,
    read: filesForReader,
    update: uploaders,
    delete: editorsOnly,
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'],
    group: 'Publishing',
  },
  upload: {
    staticDir: uploadsDir('media'),
    mimeTypes: IMAGE_TYPES,
    pasteURL: false,
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    // The original is kept as uploaded (it may be evidence); the site's sizes are WebP,
    // except the Open Graph card, which social networks want as JPEG.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'card', width: 800, height: 450, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'hero', width: 1600, height: 900, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'og', width: 1200, height: 630, formatOptions: { format: 'jpeg', options: { quality: 85 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    { name: 'caption', type: 'textarea' },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or source, e.g. “© Jane Doe / PSG”.' } },
    fileVisibility(),
  ],
  hooks: { beforeOperation: [validateImage] },
}

