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
