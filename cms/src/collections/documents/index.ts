import type { CollectionConfig } from 'payload'

import { editorsOnly, filesForReader, uploaders } from '../../access'
import { language } from '../../fields/taxonomy'
import { fileVisibility } from '../../fields/visibility'
import { uploadsDir } from '../../lib/uploads'
import { DOCUMENT_TYPES, validateDocument } from './hooks/validate-document'

/** PDFs and office documents: report editions, bulletin PDFs, court papers. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  access: {
    create: uploaders,
    read: filesForReader,
    update: uploaders,
    delete: editorsOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'language', 'filesize', 'updatedAt'],
    group: 'Publishing',
  },
  upload: {
    staticDir: uploadsDir('documents'),
    mimeTypes: Object.keys(DOCUMENT_TYPES),
    pasteURL: false,
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'description', type: 'textarea' },
    language(),
    fileVisibility(),
  ],
  hooks: { beforeOperation: [validateDocument] },
}
