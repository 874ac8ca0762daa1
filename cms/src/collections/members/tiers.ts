/** Membership tiers and their default yearly fees in pounds (the `membership` global overrides fees). */
export const MEMBER_TIERS = [
  { value: 'individual', label: 'Individual', fee: 25 },
  { value: 'concessionary', label: 'Concessionary', fee: 10 },
  { value: 'organisation', label: 'Organisation', fee: 60 },
  { value: 'overseas', label: 'Overseas', fee: 30 },
] as const

export type MemberTier = (typeof MEMBER_TIERS)[number]['value']

export const MEMBER_STATUSES = [
  { value: 'pending', label: 'Pending' },
  { value: 'active', label: 'Active' },
  { value: 'lapsed', label: 'Lapsed' },
  { value: 'cancelled', label: 'Cancelled' },
]
