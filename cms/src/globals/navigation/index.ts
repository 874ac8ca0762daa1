import type { Field, GlobalConfig } from 'payload'

import { anyone, editorsOnly } from '../../access'
import { clearUnsetRelationship } from '../../hooks/clear-unset-relationship'
import { notifyWebOfGlobal } from '../../hooks/notify-web'
import { webAddress } from '../../fields/web-address'
import { CONTENT_ROW_LABEL } from '../../components/row-label-path'

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
    validate: (value: string | null | undefined, { siblingData }: { siblingData: Partial<Record<'page', unknown>> }) => {
      if (!value) return siblingData.page ? true : 'Choose a page or topic, or give a path such as /reports or a web address.'
      if (value.startsWith('/') && !value.startsWith('//')) return true
      return webAddress(value) === true || 'Give a path of the site starting with / (such as /reports) or a full web address starting with https://'
    },
  },
]

/** The site's header and footer menus. Labels are localized (en/es). */
export const Navigation: GlobalConfig = {
  slug: 'navigation',
  access: { read: anyone, update: editorsOnly, readVersions: editorsOnly },
  admin: { group: 'Settings' },
  fields: [
    { name: 'header', type: 'array', maxRows: 8, fields: link, admin: { components: { RowLabel: CONTENT_ROW_LABEL } } },
    { name: 'footer', type: 'array', maxRows: 12, fields: link, admin: { components: { RowLabel: CONTENT_ROW_LABEL } } },
  ],
  hooks: { afterChange: [notifyWebOfGlobal] },
  versions: { max: 20 },
}
