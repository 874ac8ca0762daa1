import { randomBytes } from 'node:crypto'

import type { PayloadRequest } from 'payload'

export type ErasureOutcome = 'deleted' | 'reduced'

/**
 * Closes a member's account and erases their personal data (UK GDPR art. 17). Without a
 * Gift Aid declaration the record is deleted, payments with it. With one, HMRC requires
 * the charity to keep, for six years after the last claim, the declaration (its wording
 * and date), the donor's name, house name or number and postcode, and the payments it
 * covered — so the record is reduced to exactly that, can no longer log in, and its
 * email address, consents, notes and the rest of the address are gone.
 */
export async function eraseMember(req: PayloadRequest, id: string): Promise<ErasureOutcome> {
  const member = await req.payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: true, req })
  if (!member.giftAid?.declared && !member.giftAid?.declaredAt) {
    await req.payload.delete({ collection: 'membership-payments', where: { member: { equals: id } }, overrideAccess: true, req })
    await req.payload.delete({ collection: 'members', id, overrideAccess: true, req })
    return 'deleted'
  }
  await req.payload.update({
    collection: 'members',
    id,
    overrideAccess: true,
    req,
    context: { erasing: true },
    data: {
      email: `erased-${id}@erased.invalid`,
      password: randomBytes(32).toString('hex'),
      status: 'cancelled',
      renewalDate: null,
      address: { line1: member.address?.line1 ?? null, line2: null, town: null, postcode: member.address?.postcode ?? null, country: null },
      emailConsent: { given: false, wording: null, at: null },
      notes: null,
      language: 'en',
      erasedAt: new Date().toISOString(),
    },
  })
  // Every open session ends with the account (sessions are not writable through update).
  await req.payload.db.updateOne({ collection: 'members', id, data: { sessions: [] }, req, returning: false })
  return 'reduced'
}
