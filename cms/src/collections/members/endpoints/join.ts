import { type Endpoint, ValidationError } from 'payload'
import { z } from 'zod'

import { alreadyMemberEmail, sendEmail } from '../emails'
import { MEMBER_TIERS } from '../tiers'
import { isSiteService } from './service-key'

/** The one answer to every accepted join request, new address or not (no account enumeration). */
export const JOIN_ACCEPTED = 'Thank you. Check your inbox for an email to confirm your address.'

/** What the form is told about each problem, in the language the visitor is joining in. */
const MESSAGES = {
  en: {
    tier: 'Choose a type of membership.',
    name: 'Enter your name.',
    email: 'Enter an email address like name@example.org.',
    password: 'Choose a password of at least 10 characters.',
    tooLong: (max: number) => `Keep this to ${max} characters or fewer.`,
    line1: 'A Gift Aid declaration needs your home address.',
    postcode: 'A Gift Aid declaration needs your postcode.',
  },
  es: {
    tier: 'Elige un tipo de membresía.',
    name: 'Escribe tu nombre.',
    email: 'Escribe una dirección de correo como nombre@ejemplo.org.',
    password: 'Elige una contraseña de al menos 10 caracteres.',
    tooLong: (max: number) => `Escribe como máximo ${max} caracteres.`,
    line1: 'Para declarar Gift Aid necesitamos tu dirección.',
    postcode: 'Para declarar Gift Aid necesitamos tu código postal.',
  },
}

type JoinLanguage = keyof typeof MESSAGES

function joinSchema(language: JoinLanguage) {
  const say = MESSAGES[language]
  const text = (max: number) => z.string().trim().max(max, say.tooLong(max))
  return z
    .object({
      tier: z.enum(MEMBER_TIERS.map((tier) => tier.value) as [string, ...string[]], say.tier),
      name: text(200).min(1, say.name),
      email: z.email(say.email).max(254, say.tooLong(254)).transform((value) => value.toLowerCase()),
      password: z.string(say.password).min(10, say.password).max(200, say.tooLong(200)),
      language: z.enum(['en', 'es']).default('en'),
      address: z
        .object({ line1: text(200), line2: text(200), town: text(100), postcode: text(20), country: text(100) })
        .partial()
        .default({}),
      giftAid: z.boolean().default(false),
      emailConsent: z.boolean().default(false),
    })
    // Checked here, before the address is looked up, so a known address and a new one fail
    // alike; and also when other fields are wrong, so the form lists every problem at once.
    .superRefine(
      (value, context) => {
        if (!value.giftAid) return
        if (!value.address.line1) context.addIssue({ code: 'custom', path: ['address', 'line1'], message: say.line1 })
        if (!value.address.postcode) context.addIssue({ code: 'custom', path: ['address', 'postcode'], message: say.postcode })
      },
      { when: ({ value }) => hasAddressObject(value) },
    )
}

const hasAddressObject = (value: unknown) =>
  typeof value === 'object' && value !== null && 'address' in value && typeof value.address === 'object' && value.address !== null

/** The language of a join request's messages: its own `language`, English when it has none (or an unknown one). */
const languageOf = (body: unknown): JoinLanguage =>
  typeof body === 'object' && body !== null && 'language' in body && body.language === 'es' ? 'es' : 'en'

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
    const body: unknown = req.json ? await req.json() : undefined
    const parsed = joinSchema(languageOf(body)).safeParse(body)
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
