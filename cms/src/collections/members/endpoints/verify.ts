import type { Endpoint } from 'payload'

/** How long the link in the verification email works. */
export const VERIFICATION_HOURS = 24

/**
 * POST /api/members/verify/:token — Payload's own verification, which never expires a
 * token, behind an expiry check. Custom endpoints are matched before Payload's, so this
 * one stands in for it.
 */
export const verify: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: async (req) => {
    const token = String(req.routeParams?.token ?? '')
    const refused = () => Response.json({ errors: [{ message: 'This link is invalid or has expired.' }] }, { status: 403 })
    if (!token) return refused()
    // The token is a hidden field; the database adapter reads it as Payload's own operation does.
    const member = await req.payload.db.findOne<{ id: string; verificationExpiresAt?: string | null }>({
      collection: 'members',
      where: { _verificationToken: { equals: token } },
      req,
    })
    if (!member?.verificationExpiresAt || Date.parse(member.verificationExpiresAt) < Date.now()) return refused()
    await req.payload.verifyEmail({ collection: 'members', token, req })
    return Response.json({ message: 'Email verified.' })
  },
}
