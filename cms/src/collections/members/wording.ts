import type { PayloadRequest } from 'payload'

/** The Gift Aid and email-consent wording the join form shows now, organisation name filled in. */
export async function currentWording(req: PayloadRequest, language: string | null | undefined) {
  const locale = language === 'es' ? 'es' : 'en'
  const [membership, settings] = await Promise.all([
    req.payload.findGlobal({ slug: 'membership', locale, req, depth: 0 }),
    req.payload.findGlobal({ slug: 'site-settings', req, depth: 0 }),
  ])
  const organisation = settings.organisation || settings.siteName || 'the organisation'
  const fill = (text: string) => text.replaceAll('{organisation}', organisation)
  return { giftAid: fill(membership.giftAidWording), emailConsent: fill(membership.emailConsentWording) }
}
