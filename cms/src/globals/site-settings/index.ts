import type { GlobalConfig } from 'payload'

import { adminsOnly, anyone } from '../../access'
import { notifyWebOfGlobal } from '../../hooks/notify-web'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  access: { read: anyone, update: adminsOnly, readVersions: adminsOnly },
  admin: { group: 'Settings' },
  fields: [
    { name: 'siteName', type: 'text', required: true, defaultValue: 'Chasqui' },
    { name: 'tagline', type: 'text', localized: true },
    { name: 'organisation', type: 'text', admin: { description: 'Legal name, e.g. “Peru Support Group”.' } },
    { name: 'charityNumber', type: 'text' },
    { name: 'contactEmail', type: 'email' },
    { name: 'footerText', type: 'textarea', localized: true },
    { name: 'defaultImage', type: 'upload', relationTo: 'media', admin: { description: 'Used when a page has no image of its own (e.g. for social cards).' } },
    {
      name: 'social',
      type: 'array',
      fields: [
        { name: 'network', type: 'text', required: true },
        { name: 'url', type: 'text', required: true },
      ],
    },
  ],
  hooks: { afterChange: [notifyWebOfGlobal] },
  versions: { max: 20 },
}
