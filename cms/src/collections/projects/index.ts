import { MINERALS, PROJECT_STAGES } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { minewatchDataAccess } from '../../access'
import { slug } from '../../fields/slug'
import { notifyWebOfChange, notifyWebOfDelete } from '../../hooks/notify-web'
import { REGION_OPTIONS } from '../../fields/taxonomy'

/** MineWatch: a mining or hydrocarbon project in Peru, owned by one or more companies. */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: { singular: 'Project', plural: 'Projects' },
  access: minewatchDataAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'region', 'stage', 'updatedAt'],
    group: 'MineWatch',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true },
    slug({ from: 'name' }),
    {
      name: 'owners',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { description: 'The operator first, then other owners, with their share of the project in per cent.' },
      fields: [
        { name: 'company', type: 'relationship', relationTo: 'companies', required: true, index: true },
        { name: 'share', type: 'number', min: 0, max: 100 },
      ],
    },
    {
      name: 'region',
      type: 'select',
      required: true,
      index: true,
      options: REGION_OPTIONS.filter(({ value }) => value !== 'national'),
    },
    { name: 'province', type: 'text' },
    { name: 'district', type: 'text' },
    {
      name: 'minerals',
      type: 'select',
      hasMany: true,
      required: true,
      index: true,
      options: MINERALS.map(({ value, label }) => ({ value, label })),
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      index: true,
      options: PROJECT_STAGES.map(({ value, label }) => ({ value, label })),
    },
    {
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -20, max: 0 },
        { name: 'longitude', type: 'number', min: -82, max: -68 },
      ],
    },
  ],
  hooks: { afterChange: [notifyWebOfChange], afterDelete: [notifyWebOfDelete] },
}
