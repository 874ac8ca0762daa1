import type { CollectionConfig } from 'payload'

import { membershipStaff, membershipStaffField, membershipStaffOrSelf, nobody } from '../../access'
import { getEnv } from '../../env'

export const MEMBER_TIERS = [
  { value: 'individual', label: 'Individual' },
  { value: 'concessionary', label: 'Concessionary' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'overseas', label: 'Overseas' },
]

export const MEMBER_STATUSES = [
  { value: 'pending', label: 'Pending' },
  { value: 'active', label: 'Active' },
  { value: 'lapsed', label: 'Lapsed' },
  { value: 'cancelled', label: 'Cancelled' },
]

/**
 * Supporters. A separate auth collection from staff: members log in on the site (never
 * the admin) and read members-only material while their membership is active. Personal
 * data is readable by the member, the membership role and admins only.
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
    defaultColumns: ['name', 'email', 'tier', 'status', 'renewalDate'],
    listSearchableFields: ['name', 'email'],
    group: 'Membership',
  },
  auth: {
    tokenExpiration: 60 * 60 * 24 * 14,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: getEnv().cmsUrl.startsWith('https://') },
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'tier',
      type: 'select',
      required: true,
      defaultValue: 'individual',
      options: MEMBER_TIERS,
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
      access: { create: membershipStaffField, update: membershipStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'renewalDate',
      type: 'date',
      index: true,
      access: { create: membershipStaffField, update: membershipStaffField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'joinedAt',
      type: 'date',
      access: { create: membershipStaffField, update: membershipStaffField },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'address',
      type: 'group',
      admin: { description: 'Needed only for a Gift Aid declaration.' },
      fields: [
        { name: 'line1', type: 'text' },
        { name: 'line2', type: 'text' },
        { name: 'town', type: 'text' },
        { name: 'postcode', type: 'text' },
        { name: 'country', type: 'text' },
      ],
    },
    {
      name: 'giftAid',
      type: 'group',
      fields: [
        { name: 'declared', type: 'checkbox', defaultValue: false },
        { name: 'declaredAt', type: 'date' },
        { name: 'wording', type: 'textarea', admin: { description: 'The declaration text the member agreed to.' } },
      ],
    },
    {
      name: 'emailConsent',
      type: 'group',
      fields: [
        { name: 'given', type: 'checkbox', defaultValue: false },
        { name: 'wording', type: 'textarea' },
        { name: 'at', type: 'date' },
      ],
    },
    {
      name: 'notes',
      type: 'textarea',
      access: { read: membershipStaffField, create: membershipStaffField, update: membershipStaffField },
      admin: { description: 'For the membership secretary; never shown to the member.' },
    },
  ],
}
