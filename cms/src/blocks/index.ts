import type { Block } from 'payload'

import { editor } from '../fields/rich-text'
import { clearUnsetRelationship } from '../hooks/clear-unset-relationship'
import { CONTENT_ROW_LABEL } from '../components/row-label-path'

/** The small set of blocks background pages are built from. */

export const RichTextBlock: Block = {
  slug: 'richText',
  interfaceName: 'RichTextBlock',
  labels: { singular: 'Text', plural: 'Text' },
  fields: [{ name: 'content', type: 'richText', required: true, editor }],
}

export const CalloutBlock: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: { singular: 'Callout', plural: 'Callouts' },
  fields: [
    { name: 'heading', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'linkLabel', type: 'text' },
    { name: 'linkPage', type: 'relationship', relationTo: 'pages' },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'ImageBlock',
  labels: { singular: 'Image', plural: 'Images' },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'caption', type: 'text' },
  ],
}

export const LinkListBlock: Block = {
  slug: 'linkList',
  interfaceName: 'LinkListBlock',
  labels: { singular: 'List of links', plural: 'Lists of links' },
  fields: [
    { name: 'heading', type: 'text' },
    {
      name: 'links',
      type: 'array',
      minRows: 1,
      admin: { components: { RowLabel: CONTENT_ROW_LABEL } },
      fields: [
        { name: 'label', type: 'text', required: true },
        {
          name: 'internal',
          type: 'relationship',
          relationTo: ['pages', 'articles', 'reports', 'case-studies'],
          hooks: { beforeChange: [clearUnsetRelationship] },
        },
        {
          name: 'url',
          type: 'text',
          admin: { condition: (_, sibling) => !sibling?.internal, description: 'For links to other sites.' },
        },
      ],
    },
  ],
}

export const PAGE_BLOCKS = [RichTextBlock, CalloutBlock, ImageBlock, LinkListBlock]
