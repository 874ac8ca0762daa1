import { REPORT_KINDS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { contentRevision } from '../../fields/content-revision'
import { membersFile } from '../../fields/members-file'
import { publishedAt } from '../../fields/published-at'
import { body } from '../../fields/rich-text'
import { slug } from '../../fields/slug'
import { translationStatus } from '../../fields/translation-status'
import { language, regions, topics } from '../../fields/taxonomy'
import { visibility } from '../../fields/visibility'
import { propagateMembersOnly } from '../../hooks/propagate-members-only'
import { protectMembersFiles } from '../../hooks/protect-files'
import { redirectOnSlugChange } from '../../hooks/redirect-on-slug-change'
import { previewable } from '../../lib/preview'
import { editorialAccess, editorialVersions, publishedContentHooks, publishedNewestFirst } from '../editorial'
import { webAddress } from '../../fields/web-address'
import { CONTENT_ROW_LABEL } from '../../components/row-label-path'

export const REPORT_TRANSLATABLE_FIELDS = ['title', 'summary', 'body']

/** Research reports, annual reports and briefings, usually with a PDF edition. */
export const Reports: CollectionConfig = {
  slug: 'reports',
  access: editorialAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'language', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'summary'],
    group: 'Publishing',
    ...previewable('reports'),
  },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'research',
      index: true,
      options: REPORT_KINDS.map((value) => ({
        value,
        label: { research: 'Research report', annual: 'Annual report', briefing: 'Briefing' }[value],
      })),
    },
    { name: 'summary', type: 'textarea', required: true },
    { name: 'cover', type: 'upload', relationTo: 'media' },
    membersFile({ description: 'The report itself (PDF, DOCX or ODT).' }),
    body({ name: 'body' }),
    {
      name: 'reportNumber',
      type: 'text',
      admin: { position: 'sidebar', description: 'The organisation’s reference, if it numbers its reports.' },
    },
    {
      name: 'partners',
      type: 'array',
      admin: { description: 'Organisations that wrote or published the report with us.', initCollapsed: true, components: { RowLabel: CONTENT_ROW_LABEL } },
      fields: [
        { name: 'name', type: 'text', required: true },
        { name: 'url', type: 'text', validate: webAddress },
      ],
    },
    slug(),
    publishedAt(),
    visibility(),
    topics(),
    regions(),
    language({ description: 'The language of this edition; translations are separate documents.' }),
    contentRevision({ translatable: REPORT_TRANSLATABLE_FIELDS }),
    translationStatus(),
  ],
  hooks: publishedContentHooks({ afterChange: [redirectOnSlugChange, propagateMembersOnly, protectMembersFiles], translatable: true }),
  indexes: publishedNewestFirst,
  versions: editorialVersions,
}
