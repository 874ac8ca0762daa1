import type { Endpoint, PayloadRequest } from 'payload'

import { isMember } from '../../../access'
import { eraseMember } from '../erase'

const notSignedIn = () => Response.json({ errors: [{ message: 'Log in as a member first.' }] }, { status: 401 })

/** Everything the cms holds about the signed-in member, as they may read it (UK GDPR art. 15, 20). */
async function memberData(req: PayloadRequest, id: string) {
  const [member, payments] = await Promise.all([
    req.payload.findByID({ collection: 'members', id, depth: 0, overrideAccess: false, user: req.user, req }),
    req.payload.find({ collection: 'membership-payments', where: { member: { equals: id } }, depth: 0, pagination: false, overrideAccess: false, user: req.user, req }),
  ])
  return { exportedAt: new Date().toISOString(), member, payments: payments.docs.map(({ member: _member, ...payment }) => payment) }
}

/** GET /api/members/me/export — the member's own data as a JSON download. */
export const exportOwnData: Endpoint = {
  path: '/me/export',
  method: 'get',
  handler: async (req) => {
    if (!isMember(req.user)) return notSignedIn()
    const data = await memberData(req, String(req.user.id))
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="membership-data.json"',
        'Cache-Control': 'private, no-store',
      },
    })
  },
}

/** POST /api/members/me/close — closes the signed-in member's account and erases their data (see erase.ts). */
export const closeOwnAccount: Endpoint = {
  path: '/me/close',
  method: 'post',
  handler: async (req) => {
    if (!isMember(req.user)) return notSignedIn()
    const outcome = await eraseMember(req, String(req.user.id))
    return Response.json({ outcome })
  },
}
