import { addDataAndFileToRequest, type Endpoint, headersWithCors } from 'payload'

import { MailNotSent } from '../../../email'

/**
 * POST /api/members/forgot-password — Payload's own (the same answer for any address, a
 * reset link by email), except when the mail server is down: Payload then answered 503
 * for an address with an account and 200 for one without, so an outage told anyone which
 * addresses are members. Now both get the usual answer; the failed send is logged with
 * its cause (cms/src/email). Staff users keep Payload's handler, which says the mail failed.
 */
export const forgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const email = typeof req.data?.email === 'string' ? req.data.email : ''
    try {
      await req.payload.forgotPassword({ collection: 'members', data: { email }, req })
    } catch (error) {
      if (!(error instanceof MailNotSent)) throw error
    }
    return Response.json({ message: req.t('general:success') }, { headers: headersWithCors({ headers: new Headers(), req }) })
  },
}
