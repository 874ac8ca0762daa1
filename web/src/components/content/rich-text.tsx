import { editionPath, type ImageView, type RichTextValue, type WorkSection } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'
import { sitePath } from '@chasqui/cms-types'
import {
  type JSXConvertersFunction,
  LinkJSXConverter,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'

import { ResponsiveImage } from '../media/responsive-image'

type LinkedDoc = { slug?: string; language?: Language; number?: number }
type InternalLink = { linkNode: { fields: { doc?: { relationTo: string; value: unknown } | null } } }

/** Where an internal link points: the linked document's address on this site. */
function internalDocToHref({ linkNode }: InternalLink): string {
  const doc = linkNode.fields.doc
  if (!doc || typeof doc.value !== 'object' || doc.value === null) return '#'
  const relationTo = doc.relationTo
  const value = doc.value as LinkedDoc
  if (relationTo === 'bulletins' && value.number) return sitePath({ collection: 'bulletins', number: value.number })
  if (!value.slug) return '#'
  return editionPath(relationTo as WorkSection, value.slug, value.language ?? 'en')
}

type UploadValue = { url?: string; alt?: string; width?: number; height?: number; sizes?: ImageView['sizes']; focalX?: number; focalY?: number; caption?: string; credit?: string }

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  ...LinkJSXConverter({ internalDocToHref }),
  // A table wider than the screen scrolls in its own box (globals.css), not the page.
  table: (args) => <div className="table-scroll">{typeof defaultConverters.table === 'function' ? defaultConverters.table(args) : null}</div>,
  upload: ({ node }) => {
    const value = node.value as UploadValue | string
    if (typeof value !== 'object' || !value.url) return null
    const image: ImageView = {
      url: value.url,
      alt: value.alt ?? '',
      width: value.width ?? 0,
      height: value.height ?? 0,
      focal: { x: value.focalX ?? 50, y: value.focalY ?? 50 },
      sizes: value.sizes ?? {},
      ...(value.caption && { caption: value.caption }),
      ...(value.credit && { credit: value.credit }),
    }
    return <ResponsiveImage image={image} withCaption />
  },
})

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const

/**
 * The same, for text under a heading of the page's own (a case study's chapter, an h2):
 * its headings one level down, so a chapter's sections are h3 beneath it, not its peers.
 */
const nestedConverters: JSXConvertersFunction = (args) => ({
  ...converters(args),
  heading: ({ node, nodesToJSX }) => {
    // h1 → h2 … h5 → h6, and h6 stays h6.
    const Tag = HEADINGS[Math.min(Math.max(Number(node.tag.slice(1)), 1), HEADINGS.length) - 1] ?? 'h6'
    return <Tag>{nodesToJSX({ nodes: node.children })}</Tag>
  },
})

/**
 * Rich text through Payload's official Lexical JSX converters (headings, lists, quotes,
 * tables, links), with internal links resolved to site addresses and uploads as
 * responsive images. `nested`: the text sits under a heading of the page (see above).
 */
export function RichText({ value, className = 'prose', nested = false }: { value: RichTextValue; className?: string; nested?: boolean }) {
  return <LexicalRichText className={className} converters={nested ? nestedConverters : converters} data={value as never} disableContainer={false} />
}
