'use client'

import { useActionState, useEffect, useRef } from 'react'

import { submitCorrection } from '../../app/[lang]/minewatch/corrections/actions'
import { type CorrectionField, INITIAL_CORRECTION } from '../../app/[lang]/minewatch/corrections/state'
import { Honeypot } from '../forms/honeypot'

type Labels = Record<CorrectionField | 'send' | 'sent' | 'leaveEmpty', string> & { errorsIntro: string[] }

/**
 * The corrections form. A server action with progressive enhancement: it works without
 * JavaScript, keeps everything typed when it fails, and names each problem beside its
 * field (and in a summary that takes focus).
 */
export function CorrectionForm({ lang, labels, record }: { lang: string; labels: Labels; record: string }) {
  const [state, action, pending] = useActionState(submitCorrection, {
    ...INITIAL_CORRECTION,
    values: { ...INITIAL_CORRECTION.values, record },
  })
  const summary = useRef<HTMLDivElement>(null)
  const problems = Object.entries(state.errors) as [CorrectionField, string][]
  useEffect(() => {
    if (state.status === 'invalid' || state.status === 'error' || state.status === 'sent') summary.current?.focus()
  }, [state])

  const field = (name: CorrectionField, type: 'text' | 'email' | 'textarea', required: boolean) => {
    const error = state.errors[name]
    const common = {
      id: `correction-${name}`,
      name,
      defaultValue: state.values[name],
      required,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `correction-${name}-error` : undefined,
    }
    return (
      <p className="form-field">
        <label htmlFor={common.id}>{labels[name]}</label>
        {error ? (
          <span className="form-error" id={`correction-${name}-error`}>
            {error}
          </span>
        ) : null}
        {type === 'textarea' ? <textarea {...common} rows={5} /> : <input {...common} type={type} autoComplete={name === 'name' ? 'name' : name === 'email' ? 'email' : undefined} />}
      </p>
    )
  }

  return (
    <form action={action} className="correction-form" noValidate key={state.status === 'sent' ? 'sent' : 'form'}>
      <div ref={summary} tabIndex={-1} role={state.status === 'idle' ? undefined : 'alert'}>
        {state.status === 'sent' ? <p className="form-success">{labels.sent}</p> : null}
        {state.status === 'error' && state.message ? <p className="form-error">{state.message}</p> : null}
        {problems.length > 0 ? (
          <div className="form-error-summary">
            <p>{labels.errorsIntro[Math.min(problems.length, labels.errorsIntro.length) - 1]}</p>
            <ul>
              {problems.map(([name, message]) => (
                <li key={name}>
                  <a href={`#correction-${name}`}>{message}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <input type="hidden" name="lang" value={lang} />
      {field('name', 'text', true)}
      {field('email', 'email', true)}
      {field('record', 'text', true)}
      {field('problem', 'textarea', true)}
      {field('source', 'textarea', false)}
      <Honeypot id="correction-website" label={labels.leaveEmpty} />
      <p>
        <button type="submit" disabled={pending}>
          {labels.send}
        </button>
      </p>
    </form>
  )
}
