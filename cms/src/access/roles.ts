import type { StaffRole } from '@chasqui/cms-types'
import type { PayloadRequest } from 'payload'

type RequestUser = PayloadRequest['user']

/** A staff account from `users` (members authenticate through their own collection). */
export function isStaff(user: RequestUser): user is Extract<NonNullable<RequestUser>, { collection: 'users' }> {
  return Boolean(user && user.collection === 'users')
}

export function hasRole(user: RequestUser, ...roles: StaffRole[]): boolean {
  if (!isStaff(user)) return false
  return (user.roles ?? []).some((role) => roles.includes(role))
}
