import type { UIField } from 'payload'

/** The sidebar panel listing a document's language editions (components/translation-status.tsx). */
export function translationStatus(): UIField {
  return {
    name: 'translationStatus',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/components/translation-status#TranslationStatus' },
    },
  }
}
