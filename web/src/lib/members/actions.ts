'use server'

import type { Language } from '@chasqui/cms-types'
import { redirect } from 'next/navigation'

import { getEnv } from '../../env'
import { localePath } from '../../i18n'
import { memberStrings } from '../../i18n/members'
import { type FormState, typedValues } from './form-state'
import { pathOnThisSite } from './next-path'
import { honeypotFilled } from '../spam-guard'
import { allowRequest } from './rate-limit'
import { cmsFetch, endMemberSession, getCurrentMember, getMemberToken, startMemberSession } from './session'

/** Server actions behind the membership forms; each works as a plain form post without JavaScript. */

const languageOf = (form: FormData): Language => (form.get('lang') === 'es' ? 'es' : 'en')
const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim()
const checked = (form: FormData, name: string) => form.get(name) === 'on'
const addressOf = (form: FormData) => ({
  line1: text(form, 'address.line1'),
  line2: text(form, 'address.line2'),
  town: text(form, 'address.town'),
  postcode: text(form, 'address.postcode'),
  country: text(form, 'address.country'),
})

type CmsErrors = { errors?: { message?: string; data?: { errors?: { path?: string; field?: string; message: string }[] } }[] }

/** Field errors from a cms 400, keyed by form field name (`address.postcode` → `address.postcode`). */
async function fieldErrors(response: Response): Promise<Record<string, string>> {
  const body = (await response.json().catch(() => ({}))) as CmsErrors
  const errors: Record<string, string> = {}
  for (const error of body.errors?.[0]?.data?.errors ?? []) errors[error.path ?? error.field ?? 'form'] = error.message
  if (Object.keys(errors).length === 0) errors.form = body.errors?.[0]?.message ?? 'Something went wrong.'
  return errors
}

export async function joinAction(_previous: FormState, form: FormData): Promise<FormState> {
  const language = languageOf(form)
  const strings = memberStrings(language)
  const values = typedValues(form)
  // A filled honeypot is a bot: it is told what a person is told, and nothing is created.
  if (honeypotFilled(form)) return { status: 'done', message: strings.joined, errors: {}, values: {} }
  if (!(await allowRequest('join'))) return { status: 'error', message: strings.tooMany, errors: {}, values }
  const key = getEnv().membersServiceKey
  if (!key) return { status: 'error', message: strings.joinClosed, errors: {}, values }
  const response = await cmsFetch('/api/members/join', {
    method: 'POST',
    headers: { 'x-chasqui-service-key': key },
    body: JSON.stringify({
      tier: text(form, 'tier'),
      name: text(form, 'name'),
      email: text(form, 'email'),
      password: String(form.get('password') ?? ''),
      language,
      address: addressOf(form),
      giftAid: checked(form, 'giftAid'),
      emailConsent: checked(form, 'emailConsent'),
    }),
  })
  if (response.status === 202) return { status: 'done', message: strings.joined, errors: {}, values: {} }
  if (response.status === 400) return { status: 'error', errors: await fieldErrors(response), values }
  return { status: 'error', message: strings.joinClosed, errors: {}, values }
}

export async function loginAction(_previous: FormState, form: FormData): Promise<FormState> {
  const language = languageOf(form)
  const strings = memberStrings(language)
  const values = typedValues(form)
  if (!(await allowRequest('login'))) return { status: 'error', message: strings.tooMany, errors: {}, values }
  const response = await cmsFetch('/api/members/login', { method: 'POST', body: JSON.stringify({ email: text(form, 'email'), password: String(form.get('password') ?? '') }) })
  const body = (await response.json().catch(() => ({}))) as { token?: string; exp?: number }
  if (!response.ok || !body.token) return { status: 'error', message: strings.loginFailed, errors: {}, values }
  await startMemberSession(body.token, body.exp)
  redirect(pathOnThisSite(text(form, 'next'), localePath(language, '/account')))
}

export async function logoutAction(form: FormData): Promise<void> {
  const token = await getMemberToken()
  if (token) await cmsFetch('/api/members/logout', { method: 'POST', token }).catch(() => undefined)
  await endMemberSession()
  redirect(localePath(languageOf(form), '/'))
}

export async function forgotAction(_previous: FormState, form: FormData): Promise<FormState> {
  const strings = memberStrings(languageOf(form))
  if (!(await allowRequest('forgot'))) return { status: 'error', message: strings.tooMany, errors: {}, values: typedValues(form) }
  // The same answer whether or not the address has an account.
  await cmsFetch('/api/members/forgot-password', { method: 'POST', body: JSON.stringify({ email: text(form, 'email') }) })
  return { status: 'done', message: strings.forgotSent, errors: {}, values: {} }
}

export async function resetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const strings = memberStrings(languageOf(form))
  const password = String(form.get('password') ?? '')
  if (password.length < 10) return { status: 'error', errors: { password: strings.passwordHint }, values: {} }
  const response = await cmsFetch('/api/members/reset-password', { method: 'POST', body: JSON.stringify({ token: text(form, 'token'), password }) })
  if (!response.ok) return { status: 'error', message: strings.resetFailed, errors: {}, values: {} }
  return { status: 'done', message: strings.resetDone, errors: {}, values: {} }
}

export async function verifyAction(_previous: FormState, form: FormData): Promise<FormState> {
  const strings = memberStrings(languageOf(form))
  const token = encodeURIComponent(text(form, 'token'))
  const response = await cmsFetch(`/api/members/verify/${token}`, { method: 'POST' })
  return response.ok ? { status: 'done', message: strings.verifyDone, errors: {}, values: {} } : { status: 'error', message: strings.verifyFailed, errors: {}, values: {} }
}

export async function updateAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const language = languageOf(form)
  const strings = memberStrings(language)
  const values = typedValues(form)
  const [token, member] = await Promise.all([getMemberToken(), getCurrentMember()])
  if (!token || !member) redirect(localePath(language, '/login'))
  const response = await cmsFetch(`/api/members/${member.id}`, {
    method: 'PATCH',
    token,
    body: JSON.stringify({
      name: text(form, 'name'),
      language: text(form, 'language') === 'es' ? 'es' : 'en',
      address: addressOf(form),
      giftAid: { declared: checked(form, 'giftAid') },
      emailConsent: { given: checked(form, 'emailConsent') },
    }),
  })
  if (response.status === 400) return { status: 'error', errors: await fieldErrors(response), values }
  if (!response.ok) return { status: 'error', message: (await fieldErrors(response)).form, errors: {}, values }
  return { status: 'done', message: strings.saved, errors: {}, values: {} }
}

export async function closeAccountAction(_previous: FormState, form: FormData): Promise<FormState> {
  const language = languageOf(form)
  const strings = memberStrings(language)
  if (!checked(form, 'confirm')) return { status: 'error', errors: { confirm: strings.confirmRequired }, values: {} }
  const token = await getMemberToken()
  if (!token) redirect(localePath(language, '/login'))
  const response = await cmsFetch('/api/members/me/close', { method: 'POST', token })
  if (!response.ok) return { status: 'error', message: (await fieldErrors(response)).form, errors: {}, values: {} }
  await endMemberSession()
  redirect(`${localePath(language, '/login')}?closed=1`)
}
