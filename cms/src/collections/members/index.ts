import type { CollectionConfig } from 'payload'

import { membershipStaff, membershipStaffField, membershipStaffOrSelf, nobody } from '../../access'
import { getEnv } from '../../env'
import { resetEmail, verificationEmail } from './emails'
import { join } from './endpoints/join'
import { closeOwnAccount, exportOwnData } from './endpoints/me'
import { approve, exportCsv } from './endpoints/staff'
import { VERIFICATION_HOURS, verify } from './endpoints/verify'
import { recordConsents } from './hooks/record-consents'
import { requireAddressForGiftAid } from './hooks/require-address-for-gift-aid'
import { MEMBER_STATUSES, MEMBER_TIERS } from './tiers'
import { DAY, DAY_AND_TIME } from '../../fields/dates'
import { forgotPassword } from './endpoints/forgot-password'

export { MEMBER_STATUSES, MEMBER_TIERS } from './tiers'

const staffOnlyWrites = { create: membershipStaffField, update: membershipStaffField }

/**
 * Supporters. A separate auth collection from staff: members log in on the site (never
 * the admin) and read members-only material while their membership is active. Personal
 * data is readable by the member, the membership role and admins only. Joining goes
 * through the site's server (endpoints/join.ts); see docs/membership.md.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  access: {
    admin: () => false,
    create: membershipStaff,
    read: membershipStaffOrSelf,
    update: membershipStaffOrSelf,
    delete: membershipStaff,
    unlock: membershipStaff,
    readVersions: nobody,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'tier', 'status', 'renewalDate', 'giftAid'],
    listSearchableFields: ['name', 'email'],
    group: 'Membership',
    description:
      'Filter by status, tier, renewal date or Gift Aid with “Filters”. Approve a pending member with “Approve membership” beside their status. Record payments under Membership payments. The links above the list download members as a spreadsheet (CSV).',
    components: { beforeListTable: ['/components/members-csv-link#MembersCsvLink'] },
  },
  auth: {
    tokenExpiration: 60 * 60 * 24 * 14,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: getEnv().cmsUrl.startsWith('https://') },
    verify: {
      generateEmailSubject: ({ user }) => verificationEmail((user as { language?: string }).language, '').subject,
      generateEmailHTML: ({ token, user }) => verificationEmail((user as { language?: string }).language, token).html,
    },
    forgotPassword: {
      expiration: 60 * 60 * 1000,
      // Payload's per-account interval writes outside the request's transaction, which on
      // SQLite (writes serialized in-process, db/sqlite-connections.ts) waits for that very
      // transaction: a 30 s stall. The site and the API policy rate-limit this endpoint instead.
      minRequestInterval: 0,
      generateEmailSubject: (args) => resetEmail((args?.user as { language?: string } | undefined)?.language, '').subject,
      generateEmailHTML: (args) => resetEmail((args?.user as { language?: string } | undefined)?.language, args?.token ?? '').html,
    },
  },
  endpoints: [join, verify, forgotPassword, exportOwnData, closeOwnAccount, exportCsv, approve],
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'tier',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: MEMBER_TIERS.map(({ value, label }) => ({ value, label })),
      index: true,
      access: { update: membershipStaffField },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      options: MEMBER_STATUSES,
      index: true,
      saveToJWT: true,
      access: staffOnlyWrites,
      admin: { position: 'sidebar', description: 'Pending until approved or paid; lapsed after the renewal date (the renewal job).' },
    },
    {
      // Not stored: the one-click approval beside the status (components/approve-member.tsx).
      name: 'approve',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/approve-member#ApproveMember' } },
    },
    {
      name: 'renewalDate',
      type: 'date',
      index: true,
      access: staffOnlyWrites,
      admin: { position: 'sidebar', date: DAY },
    },
    {
      name: 'joinedAt',
      type: 'date',
      access: staffOnlyWrites,
      admin: { position: 'sidebar', date: DAY },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'en',
      options: [
        { value: 'en', label: 'English' },
        { value: 'es', label: 'Español' },
      ],
      admin: { position: 'sidebar', description: 'The language of emails to this member.' },
    },
    {
      name: 'address',
      type: 'group',
      admin: { description: 'Needed only for a Gift Aid declaration.' },
      fields: [
        { name: 'line1', type: 'text', label: 'Address line 1' },
        { name: 'line2', type: 'text', label: 'Address line 2' },
        { name: 'town', type: 'text' },
        { name: 'postcode', type: 'text' },
        { name: 'country', type: 'text' },
      ],
    },
    {
      name: 'giftAid',
      type: 'group',
      admin: { description: 'Wording and dates are recorded automatically when the declaration is made or withdrawn.' },
      fields: [
        { name: 'declared', type: 'checkbox', defaultValue: false, index: true },
        { name: 'declaredAt', type: 'date', access: staffOnlyWrites, admin: { readOnly: true } },
        { name: 'withdrawnAt', type: 'date', access: staffOnlyWrites, admin: { readOnly: true } },
        { name: 'wording', type: 'textarea', access: staffOnlyWrites, admin: { readOnly: true, description: 'The declaration text the member agreed to.' } },
      ],
    },
    {
      name: 'emailConsent',
      type: 'group',
      admin: { description: 'Wording and time are recorded automatically whenever the choice changes.' },
      fields: [
        { name: 'given', type: 'checkbox', defaultValue: false },
        { name: 'wording', type: 'textarea', access: staffOnlyWrites, admin: { readOnly: true } },
        { name: 'at', type: 'date', access: staffOnlyWrites, admin: { readOnly: true, date: DAY_AND_TIME } },
      ],
    },
    {
      name: 'payments',
      type: 'join',
      collection: 'membership-payments',
      on: 'member',
      admin: { defaultColumns: ['paidAt', 'amount', 'method', 'periodEnd'] },
    },
    {
      name: 'notes',
      type: 'textarea',
      access: { read: membershipStaffField, create: membershipStaffField, update: membershipStaffField },
      admin: { description: 'For the membership secretary; never shown to the member.' },
    },
    {
      name: 'erasedAt',
      type: 'date',
      access: staffOnlyWrites,
      admin: { position: 'sidebar', readOnly: true, description: 'Set when the member closed their account; only what HMRC requires for Gift Aid is kept.' },
    },
    // Bookkeeping for the jobs and the verification link; never shown or written through the API.
    { name: 'verificationExpiresAt', type: 'date', hidden: true },
    { name: 'renewalReminderSentFor', type: 'date', hidden: true },
  ],
  hooks: {
    beforeValidate: [requireAddressForGiftAid],
    beforeChange: [
      recordConsents,
      ({ data, operation }) =>
        operation === 'create' ? { ...data, verificationExpiresAt: new Date(Date.now() + VERIFICATION_HOURS * 3_600_000).toISOString() } : data,
    ],
  },
}
