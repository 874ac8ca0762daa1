import type { CollectionConfig } from 'payload'

import { membersFile } from '../../fields/members-file'
import { publishedAt } from '../../fields/published-at'
import { visibility } from '../../fields/visibility'
import { protectMembersFiles } from '../../hooks/protect-files'
import { editorialAccess, editorialVersions, publishedContentHooks } from '../editorial'
import { previewable } from '../../lib/preview'

/** Numbered issues of the organisation's bulletin ("Update 154", "Aug – Sep 2012"). */
export const Bulletins: CollectionConfig = {
  slug: 'bulletins',
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['number', 'title', 'period', 'publishedAt', '_status'],
    group: 'Publishing',
    ...previewable('bulletins'),
  },
  defaultSort: '-number',
  fields: [
    {
      name: 'number',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      min: 1,
      // A fraction (900.5) was accepted and published, at an address the site cannot have.
      validate: (value: number | null | undefined) => (typeof value === 'number' && Number.isInteger(value) && value >= 1) || 'The issue number is a whole number from 1, such as 154.',
      admin: { description: 'The issue number; its address on the site is /bulletins/<number>.', step: 1 },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      admin: { description: 'Usually “Update <number>”.' },
    },
    {
      name: 'period',
      type: 'text',
      required: true,
      admin: { description: 'The months the issue covers, e.g. “Aug – Sep 2012”.' },
    },
    { name: 'summary', type: 'textarea' },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    membersFile({ description: 'The whole issue as a PDF, when there is one.' }),
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'bulletin',
      defaultSort: 'publishedAt',
      admin: { defaultColumns: ['title', 'kind', '_status'] },
    },
    publishedAt(),
    visibility(),
  ],
  hooks: publishedContentHooks({ afterChange: [protectMembersFiles] }),
  versions: editorialVersions,
}
