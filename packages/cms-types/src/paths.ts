import { DEFAULT_LOCALE, type Language, type TranslatableCollection } from './constants.js'

/**
 * The site's URL for each kind of document: one scheme for the cms (redirects, search,
 * preview links) and the site (routes, sitemaps). English lives at the root, other
 * languages under their code: /es/…
 */
export type PathTarget =
  | { collection: 'articles' | 'reports' | 'case-studies' | 'pages'; slug: string }
  | { collection: 'bulletins'; number: number }
  | { collection: 'topics'; slug: string }
  | { collection: 'evidence'; id: string }

const SEGMENT: Record<PathTarget['collection'], string> = {
  articles: 'articles',
  reports: 'reports',
  'case-studies': 'case-studies',
  pages: '',
  bulletins: 'bulletins',
  topics: 'topics',
  evidence: 'evidence',
}

export function sitePath(target: PathTarget, language: Language = DEFAULT_LOCALE): string {
  const prefix = language === DEFAULT_LOCALE ? '' : `/${language}`
  const key =
    target.collection === 'bulletins'
      ? String(target.number)
      : target.collection === 'evidence'
        ? encodeURIComponent(target.id)
        : encodeURIComponent(target.slug)
  const segment = SEGMENT[target.collection]
  return `${prefix}${segment ? `/${segment}` : ''}/${key}`
}

/**
 * A translated edition lives under its own language, beside its original's section:
 * the Spanish edition of a report is /es/reports/<its own slug>.
 */
export function translationPath(original: TranslatableCollection, slug: string, language: Language): string {
  return sitePath({ collection: original, slug }, language)
}
