import type { Access, CollectionConfig } from 'payload'

import { hasRole, isMember, membershipStaff, MEMBERSHIP_STAFF } from '../../access'
import { applyPayment } from './hooks/apply-payment'
import { DAY } from '../../fields/dates'

/** Membership staff see every payment; a member sees their own. */
const membershipStaffOrPayer: Access = ({ req: { user } }) => {
  if (hasRole(user, ...MEMBERSHIP_STAFF)) return true
  if (isMember(user)) return { member: { equals: user.id } }
  return false
}

/**
 * Subscriptions received, recorded by the membership secretary. Recording one renews the
 * member: status active, renewal date the end of the period paid for.
 */
export const MembershipPayments: CollectionConfig = {
  slug: 'membership-payments',
  access: {
    create: membershipStaff,
    read: membershipStaffOrPayer,
    update: membershipStaff,
    delete: membershipStaff,
  },
  admin: {
    group: 'Membership',
    defaultColumns: ['member', 'paidAt', 'amount', 'method', 'periodEnd'],
    description: 'Recording a payment makes the member active until “Paid until”.',
  },
  fields: [
    { name: 'member', type: 'relationship', relationTo: 'members', required: true, index: true },
    { name: 'paidAt', type: 'date', required: true, defaultValue: () => new Date().toISOString(), admin: { date: DAY } },
    { name: 'amount', type: 'number', required: true, min: 0, admin: { description: 'In pounds.' } },
    {
      name: 'method',
      type: 'select',
      required: true,
      defaultValue: 'standing-order',
      options: [
        { value: 'standing-order', label: 'Standing order' },
        { value: 'bank-transfer', label: 'Bank transfer' },
        { value: 'card', label: 'Card' },
        { value: 'cheque', label: 'Cheque' },
        { value: 'cash', label: 'Cash' },
      ],
    },
    { name: 'periodEnd', type: 'date', required: true, label: 'Paid until', admin: { date: DAY } },
    { name: 'reference', type: 'text' },
  ],
  hooks: { afterChange: [applyPayment] },
}
