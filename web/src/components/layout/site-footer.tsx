import type { NavLink } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { localePath, t } from '../../i18n'
import { NavLinks } from './nav-links'

export function SiteFooter({
  links,
  footerText,
  organisation,
  language,
}: {
  links: NavLink[]
  footerText: string | null
  organisation: string | null
  language: Language
}) {
  const strings = t(language)
  return (
    <footer className="site-footer">
      <NavLinks links={links} language={language} label={strings.footerNavigation} />
      <p>
        {strings.feeds}: <a href={localePath(language, '/feeds/all.xml')}>{strings.rssFeed}</a> ·{' '}
        <a href={localePath(language, '/feeds/all.atom')}>{strings.atomFeed}</a>
      </p>
      {footerText ? <p>{footerText}</p> : null}
      {organisation ? <p>© {organisation}</p> : null}
    </footer>
  )
}
