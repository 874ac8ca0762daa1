import type { EditionLink, ImageView, Seo } from '@chasqui/cms-client'
import { type Language, LANGUAGES } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { getEnv } from '../env'
import { HTML_LANG, localePath, t } from '../i18n'

export const absolute = (path: string) => new URL(path, getEnv().webUrl).toString()

/**
 * hreflang alternates: the page itself and each published edition of the same work,
 * reciprocal by construction (every edition lists the same set). A page with no other
 * edition lists only itself.
 */
export function alternateLanguages(path: string, language: Language, editions: EditionLink[]): Record<string, string> {
  const languages: Record<string, string> = { [language]: absolute(path) }
  for (const edition of editions) languages[edition.language] = absolute(edition.path)
  return languages
}

type PageMeta = {
  title: string
  description: string
  path: string
  /** The language of the page's content (its canonical address and hreflang). */
  language: Language
  /** The language of the interface the reader is in, whose feeds the page advertises; `language` by default. */
  interfaceLanguage?: Language
  editions?: EditionLink[]
  seo?: Seo
  image?: ImageView | null
  type?: 'article' | 'website'
  publishedAt?: string | null
  updatedAt?: string | null
}

/**
 * The site's RSS and Atom feeds in a language, advertised on every page. (A page's
 * `alternates` replaces the layout's whole, so each page's metadata carries them.)
 */
export function feedAlternates(language: Language) {
  const strings = t(language)
  const feed = (file: string) => localePath(language, `/feeds/${file}`)
  return {
    'application/rss+xml': [{ url: feed('all.xml'), title: strings.rssFeed }],
    'application/atom+xml': [{ url: feed('all.atom'), title: strings.atomFeed }],
  }
}

/** Title, description, canonical URL, hreflang alternates and social cards for a page. */
export function pageMetadata({ title, description, path, language, interfaceLanguage = language, editions = [], seo, image, type = 'website', publishedAt, updatedAt }: PageMeta): Metadata {
  const card = seo?.image ?? image ?? null
  const og = card?.sizes.og ?? (card ? { url: card.url, width: card.width, height: card.height } : null)
  const metaTitle = seo?.title ?? title
  const metaDescription = seo?.description ?? description
  return {
    title: metaTitle,
    description: metaDescription,
    alternates: {
      canonical: absolute(path),
      languages: alternateLanguages(path, language, editions),
      types: feedAlternates(interfaceLanguage),
    },
    openGraph: {
      type,
      title: metaTitle,
      description: metaDescription,
      url: absolute(path),
      locale: HTML_LANG[language].replace('-', '_'),
      ...(og && card ? { images: [{ url: og.url, width: og.width, height: og.height, alt: card.alt }] } : {}),
      ...(type === 'article' && publishedAt ? { publishedTime: publishedAt } : {}),
      ...(type === 'article' && updatedAt ? { modifiedTime: updatedAt } : {}),
    },
    twitter: {
      card: og ? 'summary_large_image' : 'summary',
      title: metaTitle,
      description: metaDescription,
      ...(og ? { images: [og.url] } : {}),
    },
  }
}

/** A page that exists in every language names each language's version of itself as an alternate. */
export function inEveryLanguageMetadata({ title, description, path, language }: { title: string; description: string; path: string; language: Language }): Metadata {
  const editions = LANGUAGES.map((other) => ({ language: other, path: localePath(other, path) }))
  return pageMetadata({ title, description, path: localePath(language, path), language, editions })
}

/** A listing exists in every language (its entries differ, its purpose does not). */
export function listingMetadata({ title, path, language }: { title: string; path: string; language: Language }): Metadata {
  return inEveryLanguageMetadata({ title, description: t(language).listingDescription(title), path, language })
}

/** A membership page (log in, account…): in every language, described by its title, never indexed. */
export function membershipPageMetadata({ title, path, language }: { title: string; path: string; language: Language }): Metadata {
  return { ...inEveryLanguageMetadata({ title, description: title, path, language }), robots: { index: false } }
}
