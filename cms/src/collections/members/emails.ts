import type { PayloadRequest } from 'payload'

import { getEnv } from '../../env'

type Language = 'en' | 'es'

/** A link to a page of the site, in the member's language (`/es/…` for Spanish). */
export function siteLink(language: string | null | undefined, path: string, query: Record<string, string> = {}): string {
  const url = new URL(`${language === 'es' ? '/es' : ''}${path}`, getEnv().webUrl)
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value)
  return url.toString()
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c)

/** A short plain email: paragraphs, and one link written out in full (readable without HTML). */
export function emailBody(paragraphs: string[], link?: string): { html: string; text: string } {
  const text = [...paragraphs, ...(link ? [link] : [])].join('\n\n')
  const html = [...paragraphs.map((p) => `<p>${escape(p)}</p>`), ...(link ? [`<p><a href="${escape(link)}">${escape(link)}</a></p>`] : [])].join('\n')
  return { html, text }
}

const VERIFY = {
  en: { subject: 'Confirm your email address', lines: ['Thank you for joining. Please confirm your email address by opening this link within 24 hours:'] },
  es: { subject: 'Confirma tu correo electrónico', lines: ['Gracias por hacerte socio. Confirma tu dirección de correo abriendo este enlace en las próximas 24 horas:'] },
}

const RESET = {
  en: { subject: 'Reset your password', lines: ['Someone (we hope you) asked to reset the password of your membership account. The link works for one hour:', 'If it was not you, ignore this email; your password stays as it is.'] },
  es: { subject: 'Restablece tu contraseña', lines: ['Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de socio. El enlace vale una hora:', 'Si no fuiste tú, ignora este correo; tu contraseña no cambia.'] },
}

const ALREADY = {
  en: { subject: 'You are already a member', lines: ['Someone tried to join with this email address, which already has a membership account. You can log in, or reset your password if you have forgotten it:'] },
  es: { subject: 'Ya eres socio', lines: ['Alguien intentó hacerse socio con esta dirección, que ya tiene una cuenta. Puedes entrar, o restablecer tu contraseña si la olvidaste:'] },
}

const REMINDER = {
  en: { subject: 'Your membership is due for renewal', lines: (date: string) => [`Your membership is due for renewal on ${date}. Thank you for your support — you can see your membership on your account page:`] },
  es: { subject: 'Tu membresía debe renovarse', lines: (date: string) => [`Tu membresía debe renovarse el ${date}. Gracias por tu apoyo; puedes verla en tu cuenta:`] },
}

const lang = (value: unknown): Language => (value === 'es' ? 'es' : 'en')

export const verificationEmail = (language: unknown, token: string) => {
  const l = lang(language)
  return { subject: VERIFY[l].subject, ...emailBody(VERIFY[l].lines, siteLink(l, '/verify-email', { token })) }
}

export const resetEmail = (language: unknown, token: string) => {
  const l = lang(language)
  return { subject: RESET[l].subject, ...emailBody(RESET[l].lines, siteLink(l, '/reset-password', { token })) }
}

export const alreadyMemberEmail = (language: unknown) => {
  const l = lang(language)
  return { subject: ALREADY[l].subject, ...emailBody(ALREADY[l].lines, siteLink(l, '/login')) }
}

export const reminderEmail = (language: unknown, renewalDate: string) => {
  const l = lang(language)
  const date = new Date(renewalDate).toLocaleDateString(l === 'es' ? 'es-PE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
  return { subject: REMINDER[l].subject, ...emailBody(REMINDER[l].lines(date), siteLink(l, '/account')) }
}

export async function sendEmail(req: PayloadRequest, to: string, message: { subject: string; html: string; text: string }): Promise<void> {
  await req.payload.sendEmail({ to, ...message })
}
