import type { Field, GlobalConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { clearUnsetRelationship } from '../../hooks/clear-unset-relationship'
import { notifyWebOfGlobal } from '../../hooks/notify-web'

const link: Field[] = [
  { name: 'label', type: 'text', required: true, localized: true },
  {
    name: 'page',
    type: 'relationship',
    relationTo: ['pages', 'topics'],
    hooks: { beforeChange: [clearUnsetRelationship] },
    admin: { description: 'A page or topic of the site…' },
  },
  {
    name: 'path',
    type: 'text',
    admin: { description: '…or a section of the site (e.g. /reports) or an external address.' },
  },
]

/** The site's header and footer menus. Labels are localized (en/es). */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  access: { read: anyone, update: editorsOnly, readVersions: editorsOnly },
  admin: { group: 'Settings' },
  fields: [
    { name: 'header', type: 'array', maxRows: 8, fields: link },
    { name: 'footer', type: 'array', maxRows: 12, fields: link },
  ],
  hooks: { afterChange: [notifyWebOfGlobal] },
  versions: { max: 20 },
}
