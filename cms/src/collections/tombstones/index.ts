import { SYNCED_COLLECTIONS, TOMBSTONE_REASONS } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '../../access'

/**
 * Payload forgets a document when it is deleted, and a mirror cannot tell an unpublished
 * document from one that never existed. A tombstone records that a document readers
 * could see left public view: deleted, unpublished, or made staff-only. Written only by
 * the hooks in ./hooks/record-tombstones.ts; served to mirrors by `GET /api/changes`
 * (which reads them for everyone); the collection itself is for admins.
 */
export const Tombstones: CollectionConfig = {
  slug: 'tombstones',
  access: {
    create: nobody,
    read: adminsOnly,
    update: nobody,
    delete: adminsOnly,
  },
  admin: {
    useAsTitle: 'docId',
    defaultColumns: ['docCollection', 'docId', 'reason', 'createdAt'],
    group: 'Settings',
    description: 'Documents that left public view, for mirrors syncing through GET /api/changes. Written automatically.',
  },
  defaultSort: '-createdAt',
  fields: [
    {
      name: 'docCollection',
      type: 'select',
      required: true,
      index: true,
      options: [...SYNCED_COLLECTIONS],
      admin: { readOnly: true },
    },
    { name: 'docId', type: 'text', required: true, index: true, admin: { readOnly: true } },
    { name: 'reason', type: 'select', required: true, options: [...TOMBSTONE_REASONS], admin: { readOnly: true } },
  ],
}
