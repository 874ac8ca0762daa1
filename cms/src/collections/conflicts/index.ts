import { CONFLICT_STATUSES, CONFLICT_TYPES } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { minewatchDataAccess } from '../../access'
import { dayField, monthField } from '../../fields/minewatch'
import { slug } from '../../fields/slug'
import { notifyWebOfChange, notifyWebOfDelete } from '../../hooks/notify-web'

/**
 * MineWatch: a social conflict around a project, cross-referenced with the Defensoría del
 * Pueblo's monthly report its status was taken from.
 */
export const Conflicts: CollectionConfig = {
  slug: 'conflicts',
  labels: { singular: 'Conflict', plural: 'Conflicts' },
  access: minewatchDataAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'project', 'status', 'reportMonth', 'lastUpdated'],
    group: 'MineWatch',
  },
  defaultSort: '-lastUpdated',
  fields: [
    { name: 'title', type: 'text', required: true },
    slug({ from: 'title' }),
    { name: 'project', type: 'relationship', relationTo: 'projects', required: true, index: true },
    {
      name: 'communities',
      type: 'array',
      admin: { description: 'Affected communities.' },
      fields: [{ name: 'name', type: 'text', required: true }],
    },
    { name: 'description', type: 'textarea', required: true },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      options: CONFLICT_TYPES.map(({ value, label }) => ({ value, label })),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          options: CONFLICT_STATUSES.map(({ value, label }) => ({ value, label })),
          admin: { description: 'As classified by the Defensoría del Pueblo.' },
        },
        monthField('reportMonth', 'The Defensoría monthly report the status comes from'),
      ],
    },
    {
      type: 'row',
      fields: [dayField('firstReported', 'First reported'), dayField('lastUpdated', 'Last updated')],
    },
    {
      name: 'sources',
      type: 'array',
      fields: [
        { name: 'title', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
        dayField('date', 'Date of the source'),
      ],
    },
    { name: 'relatedArticles', type: 'relationship', relationTo: 'articles', hasMany: true },
    { name: 'relatedCaseStudies', type: 'relationship', relationTo: 'case-studies', hasMany: true },
  ],
  hooks: { afterChange: [notifyWebOfChange], afterDelete: [notifyWebOfDelete] },
}
