import { signPreview } from '@chasqui/cms-client'
import type { CollectionConfig } from 'payload'

import { getEnv } from '../env'
import { sitePathOf } from './site-paths'

/**
 * Draft preview on the real site: the admin's Preview button and Live Preview pane open a
 * short-lived signed link to the site's /api/preview, which turns on Next's draft mode
 * and shows the page with its drafts. The link is made on the server, for a staff session.
 */
async function previewLink(collection: string, doc: Record<string, unknown> | undefined): Promise<string | null> {
  const { previewSecret, webUrl } = getEnv()
  const path = doc ? sitePathOf(collection, doc) : null
  if (!previewSecret || !path) return null
  const link = await signPreview(path, previewSecret)
  const query = new URLSearchParams({ path: link.path, expires: String(link.expires), signature: link.signature })
  return `${webUrl}/api/preview?${query}`
}

export function previewable(collection: string): Pick<NonNullable<CollectionConfig['admin']>, 'livePreview' | 'preview'> {
  return {
    preview: (doc) => previewLink(collection, doc),
    livePreview: {
      url: async ({ data }) => (await previewLink(collection, data)) ?? '',
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 390, height: 844 },
        { label: 'Desktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
  }
}
