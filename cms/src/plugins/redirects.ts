import { redirectsPlugin } from '@payloadcms/plugin-redirects'

import { anyone, editorsOnly } from '../access'
import { notifyWebOfChange, notifyWebOfDelete } from '../hooks/notify-web'

export const REDIRECTABLE_COLLECTIONS = ['articles', 'reports', 'case-studies', 'pages', 'translations']

/** Old addresses → current documents: legacy URLs, and slugs changed after publishing (hooks/redirect-on-slug-change). */
export const redirects = redirectsPlugin({
  collections: REDIRECTABLE_COLLECTIONS,
  redirectTypes: ['301', '302'],
  overrides: {
    access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
    admin: { group: 'Settings' },
    hooks: { afterChange: [notifyWebOfChange], afterDelete: [notifyWebOfDelete] },
  },
})
