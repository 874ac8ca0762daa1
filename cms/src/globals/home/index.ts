import type { GlobalConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { notifyWebOfGlobal } from '../../hooks/notify-web'

/** What the home page features above the feed, and the membership pitch. */
export const Home: GlobalConfig = {
  slug: 'home',
  access: { read: anyone, update: editorsOnly, readVersions: editorsOnly },
  admin: { group: 'Publishing' },
  fields: [
    {
      name: 'featured',
      type: 'relationship',
      relationTo: ['articles', 'reports', 'case-studies', 'bulletins'],
      hasMany: true,
      maxRows: 4,
      admin: { description: 'Up to four items shown first on the home page. Unpublished items are skipped.' },
    },
    {
      name: 'membershipPitch',
      type: 'group',
      fields: [
        { name: 'heading', type: 'text', localized: true, required: true, defaultValue: 'Why join?' },
        {
          name: 'points',
          type: 'array',
          localized: true,
          maxRows: 6,
          fields: [{ name: 'text', type: 'text', required: true }],
        },
        { name: 'callToAction', type: 'text', localized: true, required: true, defaultValue: 'Become a member' },
        { name: 'joinPage', type: 'relationship', relationTo: 'pages' },
      ],
    },
  ],
  hooks: { afterChange: [notifyWebOfGlobal] },
  versions: { max: 20 },
}
