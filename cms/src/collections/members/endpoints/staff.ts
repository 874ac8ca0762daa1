import type { Endpoint, Where } from 'payload'

import type { Member } from '@chasqui/cms-types'

import { hasRole, MEMBERSHIP_STAFF } from '../../../access'

const forbidden = () => Response.json({ errors: [{ message: 'Only membership staff may do this.' }] }, { status: 403 })

const addYear = (from: Date) => {
  const next = new Date(from)
  next.setUTCFullYear(next.getUTCFullYear() + 1)
  return next.toISOString()
}

/** POST /api/members/:id/approve — a pending member becomes active for a year from today (unless a renewal date is set). */
export const approve: Endpoint = {
  path: '/:id/approve',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ...MEMBERSHIP_STAFF)) return forbidden()
    const id = String(req.routeParams?.id ?? '')
    const member = await req.payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: false, user: req.user, req })
    const now = new Date()
    const doc = await req.payload.update({
      collection: 'members',
      id,
      overrideAccess: false,
      user: req.user,
      req,
      data: {
        status: 'active',
        joinedAt: member.joinedAt ?? now.toISOString(),
        renewalDate: member.renewalDate && Date.parse(member.renewalDate) > now.getTime() ? member.renewalDate : addYear(now),
      },
    })
    return Response.json({ doc })
  },
}

const CSV_COLUMNS: [string, (member: Member) => unknown][] = [
  ['name', (m) => m.name],
  ['email', (m) => m.email],
  ['tier', (m) => m.tier],
  ['status', (m) => m.status],
  ['joined', (m) => m.joinedAt?.slice(0, 10)],
  ['renewal_date', (m) => m.renewalDate?.slice(0, 10)],
  ['address_line1', (m) => m.address?.line1],
  ['address_line2', (m) => m.address?.line2],
  ['town', (m) => m.address?.town],
  ['postcode', (m) => m.address?.postcode],
  ['country', (m) => m.address?.country],
  ['gift_aid', (m) => (m.giftAid?.declared ? 'yes' : 'no')],
  ['gift_aid_declared', (m) => m.giftAid?.declaredAt?.slice(0, 10)],
  ['email_consent', (m) => (m.emailConsent?.given ? 'yes' : 'no')],
  ['email_consent_at', (m) => m.emailConsent?.at],
]

/** One CSV field; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** Filters from the query string: ?status=active&tier=individual&giftAid=true&renewalBefore=2027-01-31 */
function filters(url: URL): Where {
  const and: Where[] = []
  const status = url.searchParams.get('status')
  const tier = url.searchParams.get('tier')
  const giftAid = url.searchParams.get('giftAid')
  const renewalBefore = url.searchParams.get('renewalBefore')
  if (status) and.push({ status: { equals: status } })
  if (tier) and.push({ tier: { equals: tier } })
  if (giftAid === 'true' || giftAid === 'false') and.push({ 'giftAid.declared': { equals: giftAid === 'true' } })
  if (renewalBefore && !Number.isNaN(Date.parse(renewalBefore))) and.push({ renewalDate: { less_than_equal: new Date(renewalBefore).toISOString() } })
  return { and }
}

/** GET /api/members/export.csv — the member list for the membership secretary (erased records left out). */
export const exportCsv: Endpoint = {
  path: '/export.csv',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...MEMBERSHIP_STAFF)) return forbidden()
    const { docs } = await req.payload.find({
      collection: 'members',
      where: { and: [filters(new URL(req.url ?? 'http://localhost')), { erasedAt: { exists: false } }] },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const lines = [CSV_COLUMNS.map(([name]) => name).join(','), ...docs.map((member) => CSV_COLUMNS.map(([, get]) => csvField(get(member))).join(','))]
    return new Response(`${lines.join('\r\n')}\r\n`, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="members-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
}
