import type { EditionLink } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'

/**
 * “Also available in: Español” on an original; “Read in English” back from an edition.
 * Only editions that exist are named — a page without a translation claims none.
 */
export function EditionLinks({ editions, language }: { editions: EditionLink[]; language: Language }) {
  const others = editions.filter((edition) => edition.language !== language)
  if (others.length === 0) return null
  const strings = t(language)
  return (
    <p className="editions">
      {strings.alsoAvailableIn}{' '}
      {others.map((edition, index) => (
        <span key={edition.path}>
          {index > 0 ? ', ' : null}
          <a href={edition.path} hrefLang={edition.language} lang={HTML_LANG[edition.language]}>
            {languageName(edition.language, edition.language)}
          </a>
        </span>
      ))}
    </p>
  )
}
