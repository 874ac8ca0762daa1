import type { NavLink } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { localePath } from '../../i18n'

/** Where a menu link leads on a page in `language`: site links follow the page's language. */
export function linkHref(link: NavLink, language: Language): string {
  return link.localizable ? localePath(language, link.href) : link.href
}

/** A menu from the navigation global. */
export function NavLinks({ links, language, label, className }: { links: NavLink[]; language: Language; label: string; className?: string }) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={linkHref(link, language)}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
