import { type Endpoint, ValidationError } from 'payload'
import { z } from 'zod'

import { alreadyMemberEmail, sendEmail } from '../emails'
import { MEMBER_TIERS } from '../tiers'
import { isSiteService } from './service-key'

/** The one answer to every accepted join request, new address or not (no account enumeration). */
export const JOIN_ACCEPTED = 'Thank you. Check your inbox for an email to confirm your address.'

const text = (max: number) => z.string().trim().max(max)

const joinSchema = z.object({
  tier: z.enum(MEMBER_TIERS.map((tier) => tier.value) as [string, ...string[]]),
  name: text(200).min(1, 'Enter your name.'),
  email: z.email('Enter an email address like name@example.org.').max(254).transform((value) => value.toLowerCase()),
  password: z.string().min(10, 'Choose a password of at least 10 characters.').max(200),
  language: z.enum(['en', 'es']).default('en'),
  address: z
    .object({ line1: text(200), line2: text(200), town: text(100), postcode: text(20), country: text(100) })
    .partial()
    .default({}),
  giftAid: z.boolean().default(false),
  emailConsent: z.boolean().default(false),
})
// Checked here, before the address is looked up, so a known address and a new one fail alike.
.superRefine((value, context) => {
  if (!value.giftAid) return
  if (!value.address.line1) context.addIssue({ code: 'custom', path: ['address', 'line1'], message: 'A Gift Aid declaration needs your home address.' })
  if (!value.address.postcode) context.addIssue({ code: 'custom', path: ['address', 'postcode'], message: 'A Gift Aid declaration needs your postcode.' })
})

export type JoinRequest = z.input<typeof joinSchema>

/**
 * POST /api/members/join — only from the site's server (MEMBERS_SERVICE_KEY): the cms
 * takes no anonymous writes, and the site adds the spam checks (honeypot, rate limit).
 * Creates a pending member, who gets an email to verify the address. An address that
 * already has an account gets the same answer, and an email saying so.
 */
export const join: Endpoint = {
  path: '/join',
  method: 'post',
  handler: async (req) => {
    if (!isSiteService(req)) return Response.json({ errors: [{ message: 'Joining is done on the site.' }] }, { status: 403 })
    const parsed = joinSchema.safeParse(req.json ? await req.json() : undefined)
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
      return Response.json({ errors: [{ name: 'ValidationError', message: 'The form has errors.', data: { errors } }] }, { status: 400 })
    }
    const input = parsed.data
    const existing = await req.payload.find({
      collection: 'members',
      where: { email: { equals: input.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const known = existing.docs[0]
    if (known) {
      await sendEmail(req, known.email, alreadyMemberEmail(known.language))
    } else {
      try {
        await req.payload.create({
          collection: 'members',
          overrideAccess: true,
          req,
          data: {
            tier: input.tier as (typeof MEMBER_TIERS)[number]['value'],
            name: input.name,
            email: input.email,
            password: input.password,
            language: input.language,
            status: 'pending',
            address: input.address,
            giftAid: { declared: input.giftAid },
            emailConsent: { given: input.emailConsent },
          },
        })
      } catch (error) {
        if (error instanceof ValidationError) {
          return Response.json({ errors: [{ name: 'ValidationError', message: 'The form has errors.', data: { errors: error.data.errors } }] }, { status: 400 })
        }
        throw error
      }
    }
    return Response.json({ message: JOIN_ACCEPTED }, { status: 202 })
  },
}
