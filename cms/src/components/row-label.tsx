'use client'

import { useRowLabel } from '@payloadcms/ui'

/**
 * A collapsed array row, named by what it holds: a chapter by its title, a timeline
 * entry by its event (Payload's default, "Chapter 01", says nothing), and by its position
 * until it has one.
 */
export function ContentRowLabel() {
  const { data, rowNumber } = useRowLabel<{ title?: string | null; event?: string | null; label?: string | null; name?: string | null }>()
  const text = data.title || data.event || data.label || data.name
  return <span>{text || String((rowNumber ?? 0) + 1).padStart(2, '0')}</span>
}
