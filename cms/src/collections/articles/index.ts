import { ARTICLE_KINDS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { contentRevision } from '../../fields/content-revision'
import { publishedAt } from '../../fields/published-at'
import { body } from '../../fields/rich-text'
import { slug } from '../../fields/slug'
import { translationStatus } from '../../fields/translation-status'
import { language, regions, topics } from '../../fields/taxonomy'
import { visibility } from '../../fields/visibility'
import { propagateMembersOnly } from '../../hooks/propagate-members-only'
import { redirectOnSlugChange } from '../../hooks/redirect-on-slug-change'
import { previewable } from '../../lib/preview'
import { editorialAccess, editorialVersions, publishedContentHooks, publishedNewestFirst } from '../editorial'

const KIND_LABELS: Record<(typeof ARTICLE_KINDS)[number], string> = {
  news: 'News',
  analysis: 'Analysis',
  editorial: 'Editorial',
  campaign: 'Campaign',
  event_report: 'Event report',
  press_release: 'Press release',
}

export const ARTICLE_TRANSLATABLE_FIELDS = ['title', 'summary', 'body']

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'bulletin', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Publishing',
    ...previewable('articles'),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'news',
      index: true,
      options: ARTICLE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      admin: { description: 'The standfirst: shown in feeds, listings, search and to non-members.' },
    },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    body(),
    {
      name: 'authors',
      type: 'array',
      admin: { initCollapsed: true },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
    slug(),
    publishedAt(),
    visibility(),
    {
      name: 'bulletin',
      type: 'relationship',
      relationTo: 'bulletins',
      index: true,
      admin: { position: 'sidebar', description: 'The bulletin issue this article appeared in, if any.' },
    },
    topics(),
    regions(),
    language({ description: 'The language this article is written in.' }),
    contentRevision({ translatable: ARTICLE_TRANSLATABLE_FIELDS }),
    translationStatus(),
  ],
  hooks: publishedContentHooks({ afterChange: [redirectOnSlugChange, propagateMembersOnly], translatable: true }),
  indexes: publishedNewestFirst,
  versions: editorialVersions,
}
