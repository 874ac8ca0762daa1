import type { CollectionConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { slug } from '../../fields/slug'
import { notifyWebOfChange, notifyWebOfDelete } from '../../hooks/notify-web'

/** The taxonomy shared by all content. Names are UI labels, so they are localized (en/es). */
export const Topics: CollectionConfig = {
  slug: 'topics',
  access: {
    create: editorsOnly,
    read: anyone,
    update: editorsOnly,
    delete: editorsOnly,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: 'Publishing',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    slug({ from: 'name' }),
    { name: 'description', type: 'textarea', localized: true },
  ],
  hooks: { afterChange: [notifyWebOfChange], afterDelete: [notifyWebOfDelete] },
}
