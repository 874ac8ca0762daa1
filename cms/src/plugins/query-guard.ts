import type { Plugin } from 'payload'

import { guardWhere } from '../hooks/guard-where'

/** Adds `guardWhere` to every collection, those other plugins add included: keep it last. */
export const queryGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardWhere],
    },
  })),
})
