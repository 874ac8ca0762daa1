import type { CollectionConfig } from 'payload'

import { PAGE_BLOCKS } from '../../blocks'
import { contentRevision } from '../../fields/content-revision'
import { publishedAt } from '../../fields/published-at'
import { slug } from '../../fields/slug'
import { translationStatus } from '../../fields/translation-status'
import { language, topics } from '../../fields/taxonomy'
import { redirectOnSlugChange } from '../../hooks/redirect-on-slug-change'
import { previewable } from '../../lib/preview'
import { editorialAccess, editorialVersions, publishedContentHooks } from '../editorial'

export const PAGE_TRANSLATABLE_FIELDS = ['title', 'summary', 'layout']

/** Evergreen background pages: Historical Overview, Society and Conflict, About, Join… */
export const Pages: CollectionConfig = {
  slug: 'pages',
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'updatedAt', '_status'],
    group: 'Publishing',
    ...previewable('pages'),
  },
  defaultSort: 'title',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'layout', type: 'blocks', required: true, minRows: 1, blocks: PAGE_BLOCKS },
    slug(),
    publishedAt(),
    topics(),
    language(),
    contentRevision({ translatable: PAGE_TRANSLATABLE_FIELDS }),
    translationStatus(),
  ],
  hooks: publishedContentHooks({ afterChange: [redirectOnSlugChange], translatable: true }),
  versions: editorialVersions,
}
