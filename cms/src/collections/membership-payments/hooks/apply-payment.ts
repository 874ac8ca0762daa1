import type { CollectionAfterChangeHook } from 'payload'

import type { Member, MembershipPayment } from '@chasqui/cms-types'

import { findOne } from '../../../lib/find-one'

/** A payment renews its member: active, and paid up to the latest period end recorded. */
export const applyPayment: CollectionAfterChangeHook<MembershipPayment> = async ({ doc, req }) => {
  const memberId = typeof doc.member === 'string' ? doc.member : doc.member.id
  const member = await findOne<Member>(req, 'members', memberId)
  if (!member) return doc
  const current = member.renewalDate ? Date.parse(member.renewalDate) : 0
  const paidUntil = Date.parse(doc.periodEnd)
  await req.payload.update({
    collection: 'members',
    id: memberId,
    overrideAccess: true,
    req,
    data: {
      renewalDate: paidUntil > current ? doc.periodEnd : member.renewalDate,
      status: Math.max(paidUntil, current) > Date.now() ? 'active' : member.status,
      joinedAt: member.joinedAt ?? doc.paidAt,
    },
  })
  return doc
}
