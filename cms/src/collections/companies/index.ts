import { LISTINGS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { minewatchDataAccess } from '../../access'
import { slug } from '../../fields/slug'
import { notifyWebOfChange, notifyWebOfDelete } from '../../hooks/notify-web'

/**
 * MineWatch: a UK-listed or UK-capitalised extractive company with projects in Peru.
 * Live data is public as soon as researchers save it; monthly releases
 * (`minewatch-releases`) freeze it for citation.
 */
export const Companies: CollectionConfig = {
  slug: 'companies',
  labels: { singular: 'Company', plural: 'Companies' },
  access: minewatchDataAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'listing', 'ticker', 'updatedAt'],
    group: 'MineWatch',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true },
    slug({ from: 'name' }),
    {
      name: 'listing',
      type: 'select',
      required: true,
      index: true,
      options: LISTINGS.map(({ value, label }) => ({ value, label })),
    },
    { name: 'ticker', type: 'text' },
    { name: 'parent', type: 'text', admin: { description: 'Parent company, if any.' } },
    { name: 'website', type: 'text' },
    { name: 'notes', type: 'textarea' },
  ],
  hooks: { afterChange: [notifyWebOfChange], afterDelete: [notifyWebOfDelete] },
}
