import type { CollectionConfig } from 'payload'

import { publishedReleasesOrResearchers, researchers, unpublishedReleasesForResearchers } from '../../access'
import { monthField } from '../../fields/minewatch'
import { notifyWebOfChange } from '../../hooks/notify-web'
import { freezeSnapshot, refuseDeletingPublished } from './hooks/freeze-snapshot'

/**
 * A monthly MineWatch release: publishing it freezes a snapshot of the live companies,
 * projects and conflicts, so "MineWatch, October 2012" can be cited and reproduced
 * forever. A published release can be neither changed nor deleted.
 */
export const MinewatchReleases: CollectionConfig = {
  slug: 'minewatch-releases',
  labels: { singular: 'MineWatch release', plural: 'MineWatch releases' },
  graphQL: { singularName: 'MinewatchRelease', pluralName: 'MinewatchReleases' },
  access: {
    create: researchers,
    read: publishedReleasesOrResearchers,
    update: unpublishedReleasesForResearchers,
    delete: unpublishedReleasesForResearchers,
  },
  admin: {
    useAsTitle: 'month',
    defaultColumns: ['month', 'published', 'publishedAt'],
    group: 'MineWatch',
    description: 'Publishing a release freezes the data as it stands. A published release can never change.',
  },
  defaultSort: '-month',
  fields: [
    { ...monthField('month', 'The month this release covers'), unique: true },
    { name: 'summary', type: 'textarea', required: true },
    {
      name: 'published',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Publishing freezes the snapshot. It cannot be undone.' },
    },
    {
      name: 'sampleData',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Demo content: the site labels this release and the data as sample data.' },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'snapshot',
      type: 'json',
      admin: { readOnly: true, description: 'The companies, projects and conflicts as they stood when published.' },
    },
  ],
  hooks: { beforeChange: [freezeSnapshot], beforeDelete: [refuseDeletingPublished], afterChange: [notifyWebOfChange] },
}
