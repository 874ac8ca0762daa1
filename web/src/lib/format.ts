import type { Language } from '@chasqui/cms-types'

const longDates: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
  es: new Intl.DateTimeFormat('es-PE', { dateStyle: 'long', timeZone: 'UTC' }),
}

/** "19 December 2012" / "19 de diciembre de 2012": the UTC calendar day published. */
export function formatDate(iso: string | null | undefined, language: Language = 'en'): string | null {
  if (!iso) return null
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : longDates[language].format(date)
}

/** "2.4 MB", "310 KB". */
export function formatBytes(bytes: number, language: Language = 'en'): string {
  const number = new Intl.NumberFormat(language === 'es' ? 'es-PE' : 'en-GB', { maximumFractionDigits: 1 })
  if (bytes >= 1024 * 1024) return `${number.format(bytes / (1024 * 1024))} MB`
  return `${number.format(Math.max(1, Math.round(bytes / 1024)))} KB`
}

/** Longest summary a feed, listing or search result shows; the full standfirst is on the page itself. */
export const EXCERPT_LENGTH = 220

/**
 * A summary short enough for a list: whole when it fits, otherwise cut after the last
 * sentence that ends past half the length, or else at the last word, with an ellipsis.
 * Lists of twenty long standfirsts are most of a listing's weight (and of its render).
 */
export function excerpt(text: string, max = EXCERPT_LENGTH): string {
  const trimmed = text.trim()
  if (trimmed.length <= max) return trimmed
  const head = trimmed.slice(0, max + 1)
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '))
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1)
  const wordEnd = head.lastIndexOf(' ')
  const cut = wordEnd > 0 ? head.slice(0, wordEnd) : head.slice(0, max)
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`
}
