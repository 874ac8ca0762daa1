import type { NavLink } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { localePath, t } from '../../i18n'
import { memberStrings } from '../../i18n/members'
import { LanguageSwitch } from './language-switch'
import { NavLinks } from './nav-links'

export function SiteHeader({ siteName, tagline, links, language }: { siteName: string; tagline: string | null; links: NavLink[]; language: Language }) {
  const strings = t(language)
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <div>
          <a className="site-header__name" href={localePath(language, '/')}>
            {siteName}
          </a>
          {tagline ? <p className="site-header__tagline">{tagline}</p> : null}
        </div>
        <div className="site-header__tools">
          <a href={localePath(language, '/search')}>{strings.search}</a>
          {/* The same for everyone (pages are cached): the account page sends visitors who are not logged in to log in. */}
          <a href={localePath(language, '/account')}>{memberStrings(language).accountTitle}</a>
          <LanguageSwitch language={language} />
        </div>
      </div>
      <NavLinks links={links} language={language} label={strings.mainNavigation} className="site-nav" />
    </header>
  )
}
