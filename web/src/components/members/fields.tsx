'use client'

import { type ReactNode, useEffect, useRef } from 'react'

import type { FormState } from '../../lib/members/form-state'

/** A labelled input whose error is announced with it (aria-describedby) and listed in the summary. */
export function Field({
  name,
  label,
  state,
  hint,
  type = 'text',
  autoComplete,
  required,
  defaultValue,
}: {
  name: string
  label: string
  state: FormState
  hint?: string
  type?: string
  autoComplete?: string
  required?: boolean
  defaultValue?: string | null
}) {
  const id = `field-${name.replace(/\W/g, '-')}`
  const error = state.errors[name]
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="field__hint">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="field__error">{error}</p> : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        defaultValue={type === 'password' ? undefined : (state.values[name] ?? defaultValue ?? '')}
      />
    </div>
  )
}

/** The errors of a failed submission, first in the form, each linking to its field. */
/**
 * Focus on the returned element each time a submission comes back, so the keyboard starts
 * there and a screen reader reads it (nothing to focus before the first submission).
 */
function useFocusOnAnswer(state: FormState) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [state])
  return ref
}

export function ErrorSummary({ state, title }: { state: FormState; title: string }) {
  const ref = useFocusOnAnswer(state)
  const entries = Object.entries(state.errors)
  if (state.status !== 'error' || (entries.length === 0 && !state.message)) return null
  return (
    <div ref={ref} className="notice notice--warning" role="alert" tabIndex={-1}>
      <h2>{title}</h2>
      {state.message ? <p>{state.message}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#field-${name.replace(/\W/g, '-')}`}>{message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

export function Done({ state, children }: { state: FormState; children?: ReactNode }) {
  const ref = useFocusOnAnswer(state)
  if (state.status !== 'done') return null
  return (
    <div ref={ref} className="notice" role="status" tabIndex={-1}>
      <p>{state.message}</p>
      {children}
    </div>
  )
}
