import type { CollectionConfig, Plugin } from 'payload'

import { guardWhere } from '../hooks/guard-where'
import { keepVisibilitySelected } from '../hooks/keep-visibility-selected'

const hasVisibility = (collection: CollectionConfig) =>
  collection.fields.some((field) => 'name' in field && field.name === 'visibility')

/**
 * Guards what a query may ask of any collection, those other plugins add included (keep
 * it last): `guardWhere` everywhere, and `keepVisibilitySelected` wherever a
 * `visibility` field decides who reads the body.
 */
export const queryGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        guardWhere,
        ...(hasVisibility(collection) ? [keepVisibilitySelected] : []),
      ],
    },
  })),
})
