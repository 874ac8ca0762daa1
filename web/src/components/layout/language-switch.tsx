import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, localePath, t } from '../../i18n'

const ID = 'language-switch'

/**
 * The header's link to the other language. The header belongs to the layout, which is
 * cached for every page and cannot know the page, so the link points at the other
 * language's home; once the page has loaded, a few lines of script (no React, no bundle)
 * point it at the page's own alternate in that language, from the `hreflang` links the
 * page's metadata already declares (only real editions are declared, so a document
 * without a translation keeps the home page), keeping the query string (search and
 * MineWatch filters).
 */
export function LanguageSwitch({ language }: { language: Language }) {
  const other: Language = language === 'en' ? 'es' : 'en'
  const script = `document.addEventListener('DOMContentLoaded',function(){var a=document.getElementById(${JSON.stringify(ID)}),l=document.querySelector('link[rel="alternate"][hreflang=${JSON.stringify(other)}]');if(a&&l)a.href=new URL(l.href).pathname+location.search})`
  return (
    <>
      {/* The href changes after load by design (see above). */}
      <a id={ID} href={localePath(other, '/')} lang={HTML_LANG[other]} hrefLang={other} suppressHydrationWarning>
        {t(language).otherLanguage}
      </a>
      <script dangerouslySetInnerHTML={{ __html: script }} />
    </>
  )
}
