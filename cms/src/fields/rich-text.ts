import {
  EXPERIMENTAL_TableFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
  UploadFeature,
} from '@payloadcms/richtext-lexical'
import type { RichTextField } from 'payload'

import { bodyReaders } from '../access'

/** What `lexicalEditor` accepts as its features (Payload does not export the type by name). */
type EditorFeatures = NonNullable<NonNullable<Parameters<typeof lexicalEditor>[0]>['features']>

/** Collections an internal link can point at; the site resolves them to their URLs. */
export const LINKABLE_COLLECTIONS = ['articles', 'reports', 'case-studies', 'pages', 'bulletins'] as const

/**
 * What every body field offers: Payload's defaults (paragraphs, lists, quotes,
 * bold/italic…, relationships), headings h2–h4 (h1 is the page title), internal and
 * external links, images from the media library, and tables. Shared with the demo
 * content's Markdown import, so it is stored exactly as the editor would store it.
 */
export const bodyFeatures: EditorFeatures = ({ defaultFeatures }) => [
  ...defaultFeatures.filter((feature) => !['heading', 'link', 'upload'].includes(feature.key)),
  HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
  LinkFeature({ enabledCollections: [...LINKABLE_COLLECTIONS] }),
  UploadFeature({ collections: { media: { fields: [] } } }),
  EXPERIMENTAL_TableFeature(),
]

/** The editor used by every body field. */
export const editor = lexicalEditor({ features: bodyFeatures })

/** A document body; hidden from readers who may not see members-only text. */
export function body({ name = 'body', required = false }: { name?: string; required?: boolean } = {}): RichTextField {
  return { name, type: 'richText', required, editor, access: { read: bodyReaders } }
}
