import type { Access } from 'payload'

import { hasRole, isStaff } from '../../access'

/** Admins issue keys for any integrator; an integrator may issue (rotate) its own. */
export const adminsOrIntegrators: Access = ({ req: { user } }) => hasRole(user, 'admin', 'integrator')

/** Admins see and revoke every key; an integrator only its own. */
export const adminsOrOwner: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (isStaff(user) && hasRole(user, 'integrator')) return { owner: { equals: user.id } }
  return false
}
