'use client'

import type { Language } from '@chasqui/cms-types'
import { useActionState } from 'react'

import { localePath } from '../../i18n'
import { memberStrings } from '../../i18n/members'
import { forgotAction, loginAction, resetAction, verifyAction } from '../../lib/members/actions'
import { type FormState, INITIAL_FORM_STATE } from '../../lib/members/form-state'
import { Done, ErrorSummary, Field } from './fields'

/** Success, with the way on: log in. */
function DoneThenLogIn({ state, language }: { state: FormState; language: Language }) {
  return (
    <Done state={state}>
      <p>
        <a href={localePath(language, '/login')}>{memberStrings(language).login}</a>
      </p>
    </Done>
  )
}

export function LoginForm({ language, next }: { language: Language; next?: string }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(loginAction, INITIAL_FORM_STATE)
  return (
    <form action={action} className="member-form">
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" label={strings.email} state={state} type="email" autoComplete="username" required />
      <Field name="password" label={strings.password} state={state} type="password" autoComplete="current-password" required />
      <button type="submit" disabled={pending}>
        {strings.login}
      </button>
      <p>
        <a href={localePath(language, '/forgot-password')}>{strings.forgotLink}</a>
      </p>
      <p>
        <a href={localePath(language, '/join')}>{strings.joinLink}</a>
      </p>
    </form>
  )
}

export function ForgotForm({ language }: { language: Language }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(forgotAction, INITIAL_FORM_STATE)
  if (state.status === 'done') return <Done state={state} />
  return (
    <form action={action} className="member-form">
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <p>{strings.forgotIntro}</p>
      <Field name="email" label={strings.email} state={state} type="email" autoComplete="username" required />
      <button type="submit" disabled={pending}>
        {strings.sendLink}
      </button>
    </form>
  )
}

export function ResetForm({ language, token }: { language: Language; token: string }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(resetAction, INITIAL_FORM_STATE)
  if (state.status === 'done') return <DoneThenLogIn state={state} language={language} />
  return (
    <form action={action} className="member-form">
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label={strings.newPassword} hint={strings.passwordHint} state={state} type="password" autoComplete="new-password" required />
      <button type="submit" disabled={pending}>
        {strings.resetSubmit}
      </button>
    </form>
  )
}

export function VerifyForm({ language, token }: { language: Language; token: string }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(verifyAction, INITIAL_FORM_STATE)
  if (state.status === 'done') return <DoneThenLogIn state={state} language={language} />
  return (
    <form action={action} className="member-form">
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <input type="hidden" name="token" value={token} />
      <p>{strings.verifyIntro}</p>
      <button type="submit" disabled={pending}>
        {strings.verifySubmit}
      </button>
    </form>
  )
}
