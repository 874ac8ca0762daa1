import type { TextField } from 'payload'

/** `YYYY-MM-DD`, a real calendar day. Kept as text so CSV and snapshots round-trip exactly. */
export const DAY = /^\d{4}-\d{2}-\d{2}$/
/** `YYYY-MM` */
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

export function isMonth(value: string): boolean {
  return MONTH.test(value)
}

/** A date or month kept as text in the exact form the spreadsheet and the Defensoría use. */
export function dayField(name: string, description: string, required = true): TextField {
  return {
    name,
    type: 'text',
    required,
    index: true,
    admin: { description: `${description} (YYYY-MM-DD)`, placeholder: 'YYYY-MM-DD' },
    validate: (value: unknown) =>
      (!required && !value) || (typeof value === 'string' && isDay(value)) || 'Give a date as YYYY-MM-DD, e.g. 2012-10-31.',
  }
}

export function monthField(name: string, description: string): TextField {
  return {
    name,
    type: 'text',
    required: true,
    index: true,
    admin: { description: `${description} (YYYY-MM)`, placeholder: 'YYYY-MM' },
    validate: (value: unknown) => (typeof value === 'string' && isMonth(value)) || 'Give a month as YYYY-MM, e.g. 2012-10.',
  }
}
