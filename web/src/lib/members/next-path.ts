import type { Language } from '@chasqui/cms-types'

import { localePath } from '../../i18n'

/** The login page, which leads to `next` (a path on this site) once the member is in. */
export const loginPath = (language: Language, next: string) => `${localePath(language, '/login')}?next=${encodeURIComponent(next)}`

/** A control character (tab, newline…): URL parsing drops some of them wherever they are. */
const isControl = (character: string) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f

/**
 * Where a visitor goes after logging in: `next` when it is a path on this site, else
 * `fallback`. Never an open redirect: browsers read `//host`, `/\host` and a path with a
 * tab or newline after the first slash as another site.
 */
export function pathOnThisSite(next: string, fallback: string): string {
  return /^\/(?![/\\])/.test(next) && ![...next].some(isControl) ? next : fallback
}
