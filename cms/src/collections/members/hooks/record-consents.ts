import type { CollectionBeforeChangeHook } from 'payload'

import type { Member } from '@chasqui/cms-types'

import { currentWording } from '../wording'

/**
 * A consent is only as good as the record of what was agreed and when. Whenever a Gift
 * Aid declaration or the email consent is given or withdrawn — on the join form, the
 * account page or in the admin — the exact wording shown and the time are stored here;
 * the wording and time fields themselves are not writable (field access).
 */
export const recordConsents: CollectionBeforeChangeHook<Member> = async ({ data, originalDoc, req, operation }) => {
  if (req.context.erasing) return data
  const now = new Date().toISOString()
  const before = operation === 'update' ? originalDoc : undefined
  const declared = data.giftAid?.declared ?? before?.giftAid?.declared ?? false
  const consented = data.emailConsent?.given ?? before?.emailConsent?.given ?? false
  const giftAidChanged = declared !== (before?.giftAid?.declared ?? false)
  const consentChanged = consented !== (before?.emailConsent?.given ?? false)
  const giftAid = { ...before?.giftAid, ...data.giftAid, declared }
  const emailConsent = { ...before?.emailConsent, ...data.emailConsent, given: consented }
  if (giftAidChanged || consentChanged) {
    const wording = await currentWording(req, data.language ?? before?.language)
    if (giftAidChanged && declared) Object.assign(giftAid, { declaredAt: now, wording: wording.giftAid, withdrawnAt: null })
    if (giftAidChanged && !declared) Object.assign(giftAid, { withdrawnAt: now })
    if (consentChanged) Object.assign(emailConsent, { at: now, wording: consented ? wording.emailConsent : emailConsent.wording })
  }
  return { ...data, giftAid, emailConsent }
}
