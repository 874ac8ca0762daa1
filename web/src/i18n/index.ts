import { DEFAULT_LOCALE, LANGUAGE_NAMES, type Language, LANGUAGES } from '@chasqui/cms-types'

import { en } from './en'
import { es } from './es'

export type { Dictionary } from './en'

const dictionaries = { en, es }

export function isLanguage(value: string | undefined): value is Language {
  return Boolean(value) && (LANGUAGES as readonly string[]).includes(value as string)
}

/** The interface strings for a language. */
export function t(language: Language) {
  return dictionaries[language]
}

/** A language's name as readers of `uiLanguage` call it (“Spanish” / “Español”). */
export function languageName(language: Language, uiLanguage: Language): string {
  return uiLanguage === language ? LANGUAGE_NAMES[language].native : LANGUAGE_NAMES[language][uiLanguage]
}

/** A site path in a language: English at the root, other languages under their code. */
export function localePath(language: Language, path: string): string {
  const clean = path === '/' ? '' : path
  return language === DEFAULT_LOCALE ? clean || '/' : `/${language}${clean}`
}

export const HTML_LANG: Record<Language, string> = { en: 'en-GB', es: 'es' }
