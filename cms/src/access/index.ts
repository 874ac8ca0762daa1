import type { Access, FieldAccess, Where } from 'payload'

import { CONTENT_STAFF, EVIDENCE_STAFF, hasRole, isActiveMember, isMember, isStaff, MEMBERSHIP_STAFF } from './roles'

export { CONTENT_STAFF, EVIDENCE_STAFF, hasRole, isActiveMember, isMember, isStaff, MEMBERSHIP_STAFF } from './roles'

/**
 * Named access predicates. Each is named for who gets in and returns `boolean | Where`;
 * none throws. Collections compose these rather than writing inline checks.
 * (PITFALLS: `read: () => true` on a drafts-enabled collection publishes its drafts.)
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

/** Who may open the admin UI: staff with a role, except API-key accounts (integrators, site preview). Never members. */
export const canOpenAdmin = ({ req: { user } }: Parameters<Access>[0]): boolean =>
  isStaff(user) && (user.roles ?? []).some((role) => role !== 'integrator' && role !== 'preview')

/** Roles that write editorial content, media and documents. */
export const editorsOnly: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

export const editorsOnlyField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'editor')

/** Evidence work: editors and researchers. */
export const evidenceStaff: Access = ({ req: { user } }) => hasRole(user, ...EVIDENCE_STAFF)

/** Uploading files: editors, and researchers attaching files to evidence. */
export const uploaders: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'researcher')

/** Any staff role that sees unpublished editorial work. */
export const contentStaff: Access = ({ req: { user } }) => hasRole(user, ...CONTENT_STAFF)

const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Published documents for everyone; drafts too for content staff and the site's preview key. */
export const publishedOrContentStaff: Access = ({ req: { user } }) =>
  hasRole(user, ...CONTENT_STAFF, 'preview') ? true : PUBLISHED

/**
 * Evidence: evidence staff see all; everyone else sees published items that are not
 * staff-only (redacted items are public, their originals are not: see field access).
 */
export const publicEvidenceOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, ...EVIDENCE_STAFF)) return true
  return { and: [PUBLISHED, { sensitivity: { not_equals: 'staff_only' } }] }
}

/**
 * Uploaded files by their visibility: staff-only files (originals of sensitive evidence)
 * to staff; members-only files (PDFs of members-only reports and bulletins) also to
 * active members and to the site's preview key, which reads members-only bodies too
 * (bodyReaders) and fetches the PDF for staff previewing a report on the site; public
 * files to everyone.
 */
export const filesForReader: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'researcher', 'translator')) return true
  if (isActiveMember(user) || hasRole(user, 'preview')) return { visibility: { not_equals: 'staff' } }
  return { visibility: { equals: 'public' } }
}

/**
 * The body of a members-only document: staff, and members whose membership is active.
 * Everyone else still gets the document's teaser (title, summary, cover).
 */
export const bodyReaders: FieldAccess = ({ req: { user }, doc, siblingData }) => {
  const visibility = (doc as { visibility?: string } | undefined)?.visibility ?? siblingData?.visibility
  if (visibility !== 'members') return true
  return isActiveMember(user) || hasRole(user, 'admin', 'editor', 'translator', 'researcher', 'preview')
}

/** Member records: membership staff all; a member only their own. */
export const membershipStaffOrSelf: Access = ({ req: { user } }) => {
  if (hasRole(user, ...MEMBERSHIP_STAFF)) return true
  if (isMember(user)) return { id: { equals: user.id } }
  return false
}

export const membershipStaff: Access = ({ req: { user } }) => hasRole(user, ...MEMBERSHIP_STAFF)

export const membershipStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, ...MEMBERSHIP_STAFF)

/** MineWatch: researchers and admins maintain companies, projects, conflicts and releases. */
export const researchers: Access = ({ req: { user } }) => hasRole(user, 'admin', 'researcher')

/** Releases: published ones for everyone; drafts of the next release too for researchers. */
export const publishedReleasesOrResearchers: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'researcher') ? true : { published: { equals: true } }

const UNPUBLISHED_RELEASE: Where = { or: [{ published: { equals: false } }, { published: { exists: false } }] }

/** A published release is frozen forever: researchers may change or delete only unpublished ones. */
export const unpublishedReleasesForResearchers: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'researcher') ? UNPUBLISHED_RELEASE : false

/** Corrections come in through the site's server (its service key, role `preview`) and are read by researchers. */
export const researchersOrSite: Access = ({ req: { user } }) => hasRole(user, 'admin', 'researcher', 'preview')

/** Companies, projects, conflicts: public as soon as saved (releases freeze them for citation); researchers write. */
export const minewatchDataAccess = { create: researchers, read: anyone, update: researchers, delete: researchers }
