import type { DateField, FieldHook } from 'payload'
import { DAY_AND_TIME } from './dates'

/**
 * The publication date shown to readers. Set automatically on first publish (including a
 * scheduled publish run by the jobs queue) and editable afterwards — e.g. to backdate
 * archive material.
 */
export function publishedAt(): DateField {
  return {
    name: 'publishedAt',
    type: 'date',
    index: true,
    admin: {
      position: 'sidebar',
      date: DAY_AND_TIME,
      description: 'Filled in on first publish; change it to backdate.',
    },
    hooks: { beforeChange: [setOnFirstPublish] },
  }
}

const setOnFirstPublish: FieldHook = ({ value, siblingData, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  return siblingData._status === 'published' ? new Date().toISOString() : value
}
