'use server'

import { headers } from 'next/headers'

import { isLanguage } from '../../../../i18n'
import { minewatchStrings } from '../../../../i18n/minewatch'
import { siteWriteClient } from '../../../../lib/cms'
import { clientKey, honeypotFilled, RateLimiter } from '../../../../lib/spam-guard'
import { CORRECTION_FIELDS, type CorrectionField, type CorrectionState } from './state'

/** Five corrections an hour from one address is generous for people and dull for bots. */
const limiter = new RateLimiter(5, 60 * 60 * 1000)

const MAX_LENGTH: Record<CorrectionField, number> = { name: 200, email: 254, record: 300, problem: 5000, source: 2000 }

/** Files a reader's correction with the cms; every outcome returns what was typed, so nothing is lost. */
export async function submitCorrection(_previous: CorrectionState, form: FormData): Promise<CorrectionState> {
  const lang = String(form.get('lang') ?? 'en')
  const strings = minewatchStrings(isLanguage(lang) ? lang : 'en')
  const values = Object.fromEntries(
    CORRECTION_FIELDS.map((field) => [field, String(form.get(field) ?? '').slice(0, MAX_LENGTH[field])]),
  ) as Record<CorrectionField, string>

  // A filled honeypot looks like success to the bot and sends nothing.
  if (honeypotFilled(form)) return { status: 'sent', values: emptyValues(), errors: {} }

  const labels: Record<CorrectionField, string> = { name: strings.name, email: strings.email, record: strings.record, problem: strings.problem, source: strings.source }
  const errors: Partial<Record<CorrectionField, string>> = {}
  for (const field of ['name', 'email', 'record', 'problem'] as const) {
    if (!values[field].trim()) errors[field] = strings.required(labels[field])
  }
  if (!errors.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = strings.badEmail
  if (Object.keys(errors).length > 0) return { status: 'invalid', values, errors }

  if (!limiter.take(clientKey(await headers()))) return { status: 'error', values, errors: {}, message: strings.tooMany }
  if (!siteWriteClient) return { status: 'error', values, errors: {}, message: strings.failed }
  try {
    await siteWriteClient.createCorrection({
      name: values.name.trim(),
      email: values.email.trim(),
      record: values.record.trim(),
      problem: values.problem.trim(),
      source: values.source.trim() || undefined,
    })
  } catch (error) {
    console.error('MineWatch correction not filed:', error)
    return { status: 'error', values, errors: {}, message: strings.failed }
  }
  return { status: 'sent', values: emptyValues(), errors: {} }
}

function emptyValues(): Record<CorrectionField, string> {
  return { name: '', email: '', record: '', problem: '', source: '' }
}
