import { TRANSLATABLE_COLLECTIONS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { contentStaff, editorsOnly, publishedOrContentStaff } from '../../access'
import { publishedAt } from '../../fields/published-at'
import { body } from '../../fields/rich-text'
import { slug } from '../../fields/slug'
import { language } from '../../fields/taxonomy'
import { visibility } from '../../fields/visibility'
import { translationCreators, translationEditors } from './access'
import { redirectOnSlugChange } from '../../hooks/redirect-on-slug-change'
import { publishedContentHooks, publishedNewestFirst } from '../editorial'
import { computeNeedsUpdate } from './hooks/compute-needs-update'
import { guardEdition } from './hooks/guard-edition'
import { previewable } from '../../lib/preview'
import { CONTENT_ROW_LABEL } from '../../components/row-label-path'

/**
 * An edition of an article, report, case study or page in another language. A document
 * of its own (not a localized field) so each edition has its own status, date, PDF and
 * translator, and publishing one never publishes or unpublishes another.
 */
export const Translations: CollectionConfig = {
  slug: 'translations',
  access: {
    create: translationCreators,
    read: publishedOrContentStaff,
    readVersions: contentStaff,
    update: translationEditors,
    delete: editorsOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'original', 'needsUpdate', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Publishing',
    ...previewable('translations'),
    description: 'One per original and language. “Needs update” means the original changed after this was published.',
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      name: 'original',
      type: 'relationship',
      relationTo: [...TRANSLATABLE_COLLECTIONS],
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    language({ description: 'The language of this edition.' }),
    {
      name: 'needsUpdate',
      type: 'checkbox',
      virtual: true,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'The original was republished with changes after this edition was published.',
      },
      hooks: { afterRead: [computeNeedsUpdate] },
    },
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    body(),
    {
      name: 'chapters',
      type: 'array',
      admin: {
        initCollapsed: true,
        components: { RowLabel: CONTENT_ROW_LABEL },
        condition: (data) => (data?.original as { relationTo?: string } | undefined)?.relationTo === 'case-studies',
        description: 'For case studies: the chapters, in the original’s order.',
      },
      fields: [{ name: 'title', type: 'text', required: true }, body({ required: true })],
    },
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'documents',
      admin: { description: 'This edition as a PDF, if there is one.' },
    },
    {
      name: 'translator',
      type: 'text',
      admin: { position: 'sidebar', description: 'Credit, e.g. “Translated by Ana Quispe”.' },
    },
    slug(),
    publishedAt(),
    visibility(),
    {
      name: 'sourceRevision',
      type: 'number',
      admin: { hidden: true, readOnly: true },
    },
  ],
  hooks: publishedContentHooks({ beforeChange: [guardEdition], afterChange: [redirectOnSlugChange], translatable: true }),
  indexes: publishedNewestFirst,
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
}
