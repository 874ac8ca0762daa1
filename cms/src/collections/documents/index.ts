import type { CollectionConfig } from 'payload'

import { editorsOnly, publicFilesOrStaff, uploaders } from '../../access'
import { language } from '../../fields/taxonomy'
import { uploadsDir } from '../../lib/uploads'
import { DOCUMENT_TYPES, validateDocument } from './hooks/validate-document'

/** PDFs and office documents: report editions, bulletin PDFs, court papers. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  access: {
    create: uploaders,
    read: publicFilesOrStaff,
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
    {
      name: 'visibility',
      type: 'select',
      required: true,
      defaultValue: 'public',
      options: [
        { value: 'public', label: 'Public' },
        { value: 'staff', label: 'Staff only' },
      ],
      admin: {
        position: 'sidebar',
        description: 'Staff only: the file is served to staff alone (set automatically for sensitive evidence).',
      },
    },
  ],
  hooks: { beforeOperation: [validateDocument] },
}
