import 'server-only'

import type { Language } from '@chasqui/cms-types'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isLanguage } from '../i18n'
import { getCms } from './cms'

/** Route params as Next hands them to pages and layouts. */
export type Params<T extends Record<string, string> = Record<string, never>> = { params: Promise<{ lang: string } & T> }

/** The page's language, or a 404 for anything else under the language segment. */
export function languageOf(lang: string): Language {
  if (!isLanguage(lang)) notFound()
  return lang
}

/** A listing's page number from its path (`…/page/3`); anything but 2…99999 is not a page. */
export function pageNumberOf(value: string | undefined): number {
  if (value === undefined) return 1
  if (!/^[1-9]\d{0,4}$/.test(value) || value === '1') notFound()
  return Number(value)
}

/**
 * Settings, menus and the home page's picks in a language, read once per render: the
 * layout and the page both ask.
 */
export const getSiteGlobals = cache(async (language: Language) => (await getCms()).getSiteGlobals(language))

/**
 * Dynamic segments are rendered on first request and then cached (ISR): nothing is
 * built ahead, so a build never needs the cms.
 */
export const noPrebuiltParams = async () => []
