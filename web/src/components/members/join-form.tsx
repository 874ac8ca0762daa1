'use client'

import type { Language } from '@chasqui/cms-types'
import { useActionState } from 'react'

import { memberStrings } from '../../i18n/members'
import { joinAction } from '../../lib/members/actions'
import { INITIAL_FORM_STATE } from '../../lib/members/form-state'
import { Honeypot } from '../forms/honeypot'
import { Done, ErrorSummary, Field } from './fields'

export type JoinOffer = {
  tiers: { tier: string; fee: number; description?: string | null }[]
  giftAidWording: string
  emailConsentWording: string
}

export function JoinForm({ language, offer }: { language: Language; offer: JoinOffer }) {
  const strings = memberStrings(language)
  const [state, action, pending] = useActionState(joinAction, INITIAL_FORM_STATE)
  const money = new Intl.NumberFormat(language === 'es' ? 'es-PE' : 'en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 })
  const value = (name: string) => state.values[name]
  if (state.status === 'done') return <Done state={state} />
  return (
    <form action={action} className="member-form" noValidate>
      <ErrorSummary state={state} title={strings.errorSummary} />
      <input type="hidden" name="lang" value={language} />
      <fieldset>
        <legend>{strings.tier}</legend>
        {state.errors.tier ? <p className="field__error">{state.errors.tier}</p> : null}
        {offer.tiers.map(({ tier, fee, description }, index) => (
          <div key={tier} className="choice">
            <input
              type="radio"
              id={`field-tier-${tier}`}
              name="tier"
              value={tier}
              defaultChecked={value('tier') ? value('tier') === tier : index === 0}
            />
            <label htmlFor={`field-tier-${tier}`}>
              {strings.tiers[tier] ?? tier} — {strings.perYear(money.format(fee))}
              {description ? <span className="field__hint"> {description}</span> : null}
            </label>
          </div>
        ))}
      </fieldset>
      <Field name="name" label={strings.name} state={state} autoComplete="name" required />
      <Field name="email" label={strings.email} state={state} type="email" autoComplete="email" required />
      <Field name="password" label={strings.password} hint={strings.passwordHint} state={state} type="password" autoComplete="new-password" required />
      <fieldset>
        <legend>{strings.giftAid}</legend>
        {/* HMRC's wording, which the declaration must use as it is: English on every site. */}
        <p id="gift-aid-wording" lang="en-GB">
          {offer.giftAidWording}
        </p>
        <div className="choice">
          <input type="checkbox" id="field-giftAid" name="giftAid" aria-describedby="gift-aid-wording" defaultChecked={value('giftAid') === 'on'} />
          <label htmlFor="field-giftAid">{strings.giftAidCheckbox}</label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{strings.address}</legend>
        <p className="field__hint">{strings.addressHint}</p>
        <Field name="address.line1" label={strings.line1} state={state} autoComplete="address-line1" />
        <Field name="address.line2" label={strings.line2} state={state} autoComplete="address-line2" />
        <Field name="address.town" label={strings.town} state={state} autoComplete="address-level2" />
        <Field name="address.postcode" label={strings.postcode} state={state} autoComplete="postal-code" />
        <Field name="address.country" label={strings.country} state={state} autoComplete="country-name" />
      </fieldset>
      <fieldset>
        <legend>{strings.emailConsent}</legend>
        <div className="choice">
          <input type="checkbox" id="field-emailConsent" name="emailConsent" defaultChecked={value('emailConsent') === 'on'} />
          <label htmlFor="field-emailConsent">{offer.emailConsentWording}</label>
        </div>
      </fieldset>
      <Honeypot id="field-website" label={strings.honeypot} />
      <button type="submit" disabled={pending}>
        {strings.submitJoin}
      </button>
    </form>
  )
}
