import type { NavLink } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { localePath } from '../../i18n'

/** A menu from the navigation global; site links follow the page's language. */
export function NavLinks({ links, language, label, className }: { links: NavLink[]; language: Language; label: string; className?: string }) {
  if (links.length === 0) return null
  return (
    <nav aria-label={label} className={className}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.localizable ? localePath(language, link.href) : link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
