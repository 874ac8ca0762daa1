import type { CollectionConfig } from 'payload'

import { nobody, researchers, researchersOrSite } from '../../access'

/**
 * MineWatch corrections sent by readers through the site's form (the site's server
 * writes them with its own key; the cms takes no anonymous writes). Staff-only: they
 * carry the sender's name and email.
 */
export const Corrections: CollectionConfig = {
  slug: 'corrections',
  labels: { singular: 'Correction', plural: 'Corrections' },
  access: {
    create: researchersOrSite,
    read: researchers,
    update: researchers,
    delete: researchers,
    readVersions: nobody,
  },
  admin: {
    useAsTitle: 'record',
    defaultColumns: ['record', 'name', 'status', 'createdAt'],
    group: 'MineWatch',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200 },
    { name: 'email', type: 'email', required: true },
    { name: 'record', type: 'text', required: true, maxLength: 300, admin: { description: 'The company, project or conflict concerned.' } },
    { name: 'problem', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'source', type: 'textarea', maxLength: 2000 },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      options: [
        { value: 'new', label: 'New' },
        { value: 'accepted', label: 'Accepted' },
        { value: 'rejected', label: 'Rejected' },
      ],
    },
  ],
}
