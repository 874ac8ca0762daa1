import 'server-only'

import type { Language } from '@chasqui/cms-types'

import type { JoinOffer } from '../../components/members/join-form'
import { getSiteGlobals } from '../route'
import { cmsFetch } from './session'

type MembershipGlobal = JoinOffer

/** The tiers, fees and the wording the join form shows, organisation name filled in (read fresh: the form must show what the cms will store). */
export async function getJoinOffer(language: Language): Promise<JoinOffer> {
  const [response, globals] = await Promise.all([cmsFetch(`/api/globals/membership?locale=${language}&depth=0`), getSiteGlobals(language)])
  if (!response.ok) throw new Error(`The cms answered ${response.status} for the membership settings`)
  const membership = (await response.json()) as MembershipGlobal
  const organisation = globals.organisation || globals.siteName
  const fill = (text: string) => text.replaceAll('{organisation}', organisation)
  return {
    tiers: membership.tiers.map(({ tier, fee, description }) => ({ tier, fee, description: description ?? null })),
    giftAidWording: fill(membership.giftAidWording),
    emailConsentWording: fill(membership.emailConsentWording),
  }
}
