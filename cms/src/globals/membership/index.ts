import type { GlobalConfig } from 'payload'

import { anyone, membershipStaff } from '../../access'
import { MEMBER_TIERS } from '../../collections/members/tiers'

/**
 * HMRC's model declaration for a membership subscription plus past and future donations
 * (Gift Aid declarations guidance, chapter 3.5). `{organisation}` becomes the legal name.
 */
export const HMRC_GIFT_AID_WORDING =
  'I want to Gift Aid my membership subscription and any donations I make in the future or have made in the past 4 years to {organisation}. I am a UK taxpayer and understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed on all my donations in that tax year it is my responsibility to pay any difference.'

export const EMAIL_CONSENT_WORDING = {
  en: 'Yes, email me the bulletin, news and campaign updates from {organisation}. I can stop these emails at any time from my account page.',
  es: 'Sí, envíenme por correo el boletín, noticias y campañas de {organisation}. Puedo dejar de recibirlos en cualquier momento desde mi cuenta.',
}

/**
 * What joining offers and says: tiers with their yearly fees, the wording of the Gift
 * Aid declaration and of the email consent (stored with each member exactly as shown),
 * and when renewal reminders go out. Public: the join form shows all of it.
 */
export const Membership: GlobalConfig = {
  slug: 'membership',
  access: { read: anyone, update: membershipStaff, readVersions: membershipStaff },
  admin: { group: 'Membership' },
  fields: [
    {
      name: 'tiers',
      type: 'array',
      required: true,
      minRows: 1,
      admin: { description: 'The tiers a new member can choose on the join form, in this order.' },
      defaultValue: MEMBER_TIERS.map(({ value, fee }) => ({ tier: value, fee })),
      fields: [
        { name: 'tier', type: 'select', required: true, options: MEMBER_TIERS.map(({ value, label }) => ({ value, label })) },
        { name: 'fee', type: 'number', required: true, min: 0, admin: { description: 'Yearly fee in pounds.' } },
        { name: 'description', type: 'text', localized: true },
      ],
    },
    {
      name: 'renewalReminderDays',
      type: 'number',
      required: true,
      min: 1,
      max: 120,
      defaultValue: 30,
      admin: { description: 'How many days before their renewal date members are emailed a reminder (once per period).' },
    },
    {
      name: 'giftAidWording',
      type: 'textarea',
      required: true,
      defaultValue: HMRC_GIFT_AID_WORDING,
      admin: { description: "HMRC's wording; {organisation} is replaced with the organisation's legal name from Site settings." },
    },
    {
      name: 'emailConsentWording',
      type: 'textarea',
      required: true,
      localized: true,
      defaultValue: ({ locale }) => (locale === 'es' ? EMAIL_CONSENT_WORDING.es : EMAIL_CONSENT_WORDING.en),
    },
  ],
}
