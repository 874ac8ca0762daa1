'use client'

import type { Language } from '@chasqui/cms-types'
import { useActionState } from 'react'

import { memberStrings } from '../../i18n/members'
import { closeAccountAction, updateAccountAction } from '../../lib/members/actions'
import { INITIAL_FORM_STATE } from '../../lib/members/form-state'
import type { SessionMember } from '../../lib/members/session'
import { Done, ErrorSummary, Field } from './fields'

export function AccountForm({ language, member, emailConsentWording, giftAidWording }: { language: Language; member: SessionMember; emailConsentWording: string; giftAidWording: string }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(updateAccountAction, INITIAL_FORM_STATE)
  const values = state.status === 'error' ? state.values : undefined
  const isChecked = (name: string, stored: boolean | null | undefined) => (values ? values[name] === 'on' : Boolean(stored))
  const date = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString(language === 'es' ? 'es-PE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) : '')
  return (
    <form action={action} className="member-form" aria-labelledby="details-heading">
      <h2 id="details-heading">{strings.yourDetails}</h2>
      <Done state={state} />
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <Field name="name" label={strings.name} state={state} autoComplete="name" defaultValue={member.name} required />
      <div className="field">
        <label htmlFor="field-language">{strings.language}</label>
        <select id="field-language" name="language" defaultValue={values?.language ?? member.language ?? 'en'}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </div>
      <fieldset>
        <legend>{strings.address}</legend>
        <p className="field__hint">{strings.addressHint}</p>
        <Field name="address.line1" label={strings.line1} state={state} autoComplete="address-line1" defaultValue={member.address?.line1} />
        <Field name="address.line2" label={strings.line2} state={state} autoComplete="address-line2" defaultValue={member.address?.line2} />
        <Field name="address.town" label={strings.town} state={state} autoComplete="address-level2" defaultValue={member.address?.town} />
        <Field name="address.postcode" label={strings.postcode} state={state} autoComplete="postal-code" defaultValue={member.address?.postcode} />
        <Field name="address.country" label={strings.country} state={state} autoComplete="country-name" defaultValue={member.address?.country} />
      </fieldset>
      <fieldset>
        <legend>{strings.giftAid}</legend>
        <p id="account-gift-aid-wording">{member.giftAid?.declared && member.giftAid.wording ? member.giftAid.wording : giftAidWording}</p>
        {member.giftAid?.declared && member.giftAid.declaredAt ? <p className="field__hint">{strings.consentRecorded(date(member.giftAid.declaredAt))}</p> : null}
        <div className="choice">
          <input type="checkbox" id="field-giftAid" name="giftAid" aria-describedby="account-gift-aid-wording" defaultChecked={isChecked('giftAid', member.giftAid?.declared)} />
          <label htmlFor="field-giftAid">{strings.giftAidCheckbox}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{strings.emailConsent}</legend>
        {member.emailConsent?.given && member.emailConsent.at ? <p className="field__hint">{strings.consentRecorded(date(member.emailConsent.at))}</p> : null}
        <div className="choice">
          <input type="checkbox" id="field-emailConsent" name="emailConsent" defaultChecked={isChecked('emailConsent', member.emailConsent?.given)} />
          <label htmlFor="field-emailConsent">{member.emailConsent?.given && member.emailConsent.wording ? member.emailConsent.wording : emailConsentWording}</label>
        </div>
      </fieldset>
      <button type="submit" disabled={pending}>
        {strings.save}
      </button>
    </form>
  )
}

export function CloseAccountForm({ language, giftAid }: { language: Language; giftAid: boolean }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(closeAccountAction, INITIAL_FORM_STATE)
  return (
    <form action={action} className="member-form" aria-labelledby="close-heading">
      <h2 id="close-heading">{strings.closeTitle}</h2>
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <p>{strings.closeIntro}</p>
      {giftAid ? <p>{strings.closeGiftAid}</p> : null}
      <div className={state.errors.confirm ? 'choice field--error' : 'choice'}>
        {state.errors.confirm ? <p id="field-confirm-error" className="field__error">{state.errors.confirm}</p> : null}
        <input type="checkbox" id="field-confirm" name="confirm" aria-describedby={state.errors.confirm ? 'field-confirm-error' : undefined} aria-invalid={state.errors.confirm ? true : undefined} />
        <label htmlFor="field-confirm">{strings.closeConfirm}</label>
      </div>
      <button type="submit" className="button--danger" disabled={pending}>
        {strings.closeSubmit}
      </button>
    </form>
  )
}
