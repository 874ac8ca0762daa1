import { EVIDENCE_KINDS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { evidenceStaff, publicEvidenceOrStaff } from '../../access'
import { publishedAt } from '../../fields/published-at'
import { language } from '../../fields/taxonomy'
import { evidenceStaffField, originalsReaders } from './access'
import { removeUnindexableFromSearch } from '../../plugins/search'
import { publishedContentHooks } from '../editorial'
import { protectEvidenceFiles } from '../../hooks/protect-files'
import { DAY } from '../../fields/dates'
import { webAddress } from '../../fields/web-address'

const KIND_LABELS: Record<(typeof EVIDENCE_KINDS)[number], string> = {
  court_document: 'Court document',
  diplomatic_cable: 'Diplomatic cable',
  video: 'Video',
  photo: 'Photo',
  testimony: 'Testimony',
  press: 'Press',
}

/**
 * Primary sources behind case studies. Sensitivity decides who sees what:
 * public — everyone; redacted — everyone sees the description and citation, evidence
 * staff the original; staff-only — evidence staff alone (never indexed, never served).
 */
export const Evidence: CollectionConfig = {
  slug: 'evidence',
  labels: { singular: 'Evidence item', plural: 'Evidence' },
  graphQL: { singularName: 'EvidenceItem', pluralName: 'Evidence' },
  access: {
    create: evidenceStaff,
    read: publicEvidenceOrStaff,
    readVersions: evidenceStaff,
    update: evidenceStaff,
    delete: evidenceStaff,
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'date', 'sensitivity', '_status'],
    listSearchableFields: ['title', 'citation', 'provenance'],
    group: 'Evidence',
  },
  defaultSort: '-date',
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: EVIDENCE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
    },
    {
      name: 'date',
      type: 'date',
      required: true,
      admin: { date: DAY, description: 'When the source was made (not when it was added).' },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      admin: { description: 'What the source is and shows; public even when the item is redacted.' },
    },
    {
      name: 'provenance',
      type: 'textarea',
      required: true,
      admin: { description: 'Where it comes from and how it reached us.' },
    },
    {
      name: 'citation',
      type: 'text',
      required: true,
      admin: { description: 'How to cite it, e.g. “Piura High Court, file 2009-0123, 12 March 2009”.' },
    },
    {
      type: 'collapsible',
      label: 'Original material',
      admin: { description: 'Hidden from the public when the item is redacted.' },
      fields: [
        { name: 'file', type: 'upload', relationTo: 'documents', access: { read: originalsReaders } },
        { name: 'image', type: 'upload', relationTo: 'media', access: { read: originalsReaders } },
        {
          name: 'url',
          type: 'text',
          access: { read: originalsReaders },
          admin: { description: 'For video or press items published elsewhere.' },
          validate: webAddress,
        },
        { name: 'transcript', type: 'textarea', access: { read: originalsReaders } },
      ],
    },
    {
      name: 'sensitivity',
      type: 'select',
      required: true,
      defaultValue: 'public',
      index: true,
      options: [
        { value: 'public', label: 'Public' },
        { value: 'redacted', label: 'Redacted (original for staff only)' },
        { value: 'staff_only', label: 'Staff only' },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'redactionNote',
      type: 'text',
      admin: {
        position: 'sidebar',
        condition: (_, sibling) => sibling?.sensitivity === 'redacted',
        description: 'Shown to readers, e.g. “Names of witnesses withheld for their safety.”',
      },
    },
    {
      name: 'consentRecorded',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'The people in this source agreed to its use.' },
    },
    {
      name: 'consentNotes',
      type: 'textarea',
      access: { read: evidenceStaffField, create: evidenceStaffField, update: evidenceStaffField },
      admin: { position: 'sidebar' },
    },
    language(),
    publishedAt(),
    {
      name: 'caseStudies',
      type: 'join',
      collection: 'case-studies',
      on: 'evidence',
      admin: { defaultColumns: ['title', '_status'] },
    },
  ],
  hooks: publishedContentHooks({ afterChange: [protectEvidenceFiles, removeUnindexableFromSearch] }),
  versions: {
    drafts: { autosave: { interval: 2000 } },
    maxPerDoc: 50,
  },
}
