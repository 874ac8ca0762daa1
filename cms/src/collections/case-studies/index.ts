import type { CollectionConfig } from 'payload'

import { contentRevision } from '../../fields/content-revision'
import { publishedAt } from '../../fields/published-at'
import { body } from '../../fields/rich-text'
import { slug } from '../../fields/slug'
import { translationStatus } from '../../fields/translation-status'
import { language, regions, topics } from '../../fields/taxonomy'
import { redirectOnSlugChange } from '../../hooks/redirect-on-slug-change'
import { previewable } from '../../lib/preview'
import { editorialAccess, editorialVersions, publishedContentHooks, publishedNewestFirst } from '../editorial'
import { DAY } from '../../fields/dates'
import { CONTENT_ROW_LABEL } from '../../components/row-label-path'

export const CASE_STUDY_TRANSLATABLE_FIELDS = ['title', 'summary', 'contentWarning', 'chapters', 'timeline']

/** Long-form investigations told through primary sources (the `evidence` collection). */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: 'Case study', plural: 'Case studies' },
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'region', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Publishing',
    ...previewable('case-studies'),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    {
      name: 'contentWarning',
      type: 'textarea',
      admin: {
        description:
          'Shown before the case study and before graphic evidence, e.g. “Contains descriptions of torture.”',
      },
    },
    {
      name: 'chapters',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { initCollapsed: true, components: { RowLabel: CONTENT_ROW_LABEL } },
      fields: [{ name: 'title', type: 'text', required: true }, body({ required: true })],
    },
    {
      name: 'timeline',
      type: 'array',
      admin: { initCollapsed: true, components: { RowLabel: CONTENT_ROW_LABEL } },
      fields: [
        { name: 'date', type: 'date', required: true, admin: { date: DAY } },
        { name: 'event', type: 'text', required: true },
        { name: 'detail', type: 'textarea' },
      ],
    },
    {
      name: 'evidence',
      type: 'relationship',
      relationTo: 'evidence',
      hasMany: true,
      admin: { description: 'Primary sources, listed with the case study grouped by kind.' },
    },
    slug(),
    publishedAt(),
    regions({ name: 'region', hasMany: false }),
    topics(),
    language(),
    contentRevision({ translatable: CASE_STUDY_TRANSLATABLE_FIELDS }),
    translationStatus(),
  ],
  hooks: publishedContentHooks({ afterChange: [redirectOnSlugChange], translatable: true }),
  indexes: publishedNewestFirst,
  versions: editorialVersions,
}
