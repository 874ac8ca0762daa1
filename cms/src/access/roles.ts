import type { StaffRole } from '@chasqui/cms-types'
import type { PayloadRequest } from 'payload'

type RequestUser = PayloadRequest['user']
export type StaffUser = Extract<NonNullable<RequestUser>, { collection: 'users' }>
export type MemberUser = Extract<NonNullable<RequestUser>, { collection: 'members' }>

/** A staff account from `users` (members authenticate through their own collection). */
export function isStaff(user: RequestUser): user is StaffUser {
  return Boolean(user && user.collection === 'users')
}

export function isMember(user: RequestUser): user is MemberUser {
  return Boolean(user && user.collection === 'members')
}

export function hasRole(user: RequestUser, ...roles: StaffRole[]): boolean {
  if (!isStaff(user)) return false
  return (user.roles ?? []).some((role) => roles.includes(role))
}

/** Members whose membership is current may read members-only material. */
export function isActiveMember(user: RequestUser): boolean {
  return isMember(user) && user.status === 'active'
}

/** Staff who work on content and so see drafts: editors, translators, admins. */
export const CONTENT_STAFF: StaffRole[] = ['admin', 'editor', 'translator']
/** Staff who work on evidence. */
export const EVIDENCE_STAFF: StaffRole[] = ['admin', 'editor', 'researcher']
/** Staff who may read and manage member records. */
export const MEMBERSHIP_STAFF: StaffRole[] = ['admin', 'membership']
