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
    validate: notInTheFuture,
  }
}

/** How far ahead of the server's clock a publication date may be (editors' clocks and time zones differ). */
const SLACK_MS = 60 * 60 * 1000

/**
 * Publishing with a date ahead went live at once, listed at the top of the site dated
 * then (a 2099 article stayed first in every feed). Scheduling is Payload's "Schedule
 * publish", which publishes on the day; a draft may carry any date.
 */
const notInTheFuture = (value: Date | null | undefined, { siblingData }: { siblingData: Partial<Record<'_status', unknown>> }) => {
  if (!value || siblingData._status !== 'published') return true
  return new Date(value).getTime() <= Date.now() + SLACK_MS || 'This date is in the future, and publishing now would show it now, dated then. Set today’s date, or save a draft and use “Schedule publish”.'
}

const setOnFirstPublish: FieldHook = ({ value, siblingData, originalDoc }) => {
  if (value) return value
  if (originalDoc?.publishedAt) return originalDoc.publishedAt
  return siblingData._status === 'published' ? new Date().toISOString() : value
}
