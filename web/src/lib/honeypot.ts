/** The spam honeypot's field name: plausible to a bot, never seen by people (components/forms/honeypot.tsx). */
export const HONEYPOT_FIELD = 'website'
