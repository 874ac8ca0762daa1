import type { CollectionConfig } from 'payload'

import { editorsOnly, publishedOrEditors } from '../../access'
import { slug } from '../../fields/slug'

export const ARTICLE_KINDS = [
  { value: 'news', label: 'News' },
  { value: 'analysis', label: 'Analysis' },
  { value: 'editorial', label: 'Editorial' },
  { value: 'campaign', label: 'Campaign' },
  { value: 'event_report', label: 'Event report' },
  { value: 'press_release', label: 'Press release' },
]

export const Articles: CollectionConfig = {
  slug: 'articles',
  access: {
    create: editorsOnly,
    read: publishedOrEditors,
    readVersions: editorsOnly,
    update: editorsOnly,
    delete: editorsOnly,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publishedAt', '_status'],
    group: 'Publishing',
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    slug(),
    { name: 'kind', type: 'select', required: true, defaultValue: 'news', options: ARTICLE_KINDS, index: true },
    { name: 'summary', type: 'textarea', required: true, admin: { description: 'The standfirst shown in feeds and listings.' } },
    { name: 'body', type: 'richText' },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
}
