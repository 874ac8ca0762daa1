import type { Access, FieldAccess } from 'payload'

import { hasRole, isStaff } from './roles'

export { hasRole, isStaff } from './roles'

/**
 * Named access predicates. Each is named for who gets in and returns `boolean | Where`;
 * none throws. Collections compose these rather than writing inline checks.
 */

export const anyone: Access = () => true

export const nobody: Access = () => false

export const adminsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const adminsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** Admins see every account; any other staff member sees only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!isStaff(user)) return false
  return { id: { equals: user.id } }
}

/** Who may open the admin UI: staff, except integrator accounts (API keys only). */
export const canOpenAdmin = ({ req: { user } }: Parameters<Access>[0]): boolean =>
  isStaff(user) && !hasRole(user, 'integrator') && (user.roles?.length ?? 0) > 0

/** Roles that write editorial content. */
export const editorsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/**
 * Published documents for everyone; drafts and versions only for staff who work on
 * content. `read: () => true` on a drafts-enabled collection would leak drafts.
 */
export const publishedOrEditors: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'translator', 'researcher')) return true
  return { _status: { equals: 'published' } }
}
