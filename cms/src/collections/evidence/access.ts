import type { FieldAccess } from 'payload'

import { EVIDENCE_STAFF, hasRole } from '../../access'

/**
 * The original material of a redacted item (file, image, link, transcript) is for
 * evidence staff; the public sees its description, provenance and citation.
 */
export const originalsReaders: FieldAccess = ({ req: { user }, doc, siblingData }) => {
  const sensitivity = (doc as { sensitivity?: string } | undefined)?.sensitivity ?? siblingData?.sensitivity
  return sensitivity === 'public' || hasRole(user, ...EVIDENCE_STAFF)
}

/** Notes on consent can name people: evidence staff only, whatever the item's sensitivity. */
export const evidenceStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, ...EVIDENCE_STAFF)
