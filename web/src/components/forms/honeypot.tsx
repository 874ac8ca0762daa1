import { HONEYPOT_FIELD } from '../../lib/honeypot'

/**
 * Spam protection without a puzzle (WCAG 2.2's accessible authentication): a field people
 * never see or reach — off screen, out of the tab order, hidden from assistive
 * technology — that bots fill in. The server checks it with `honeypotFilled`.
 */
export function Honeypot({ id, label }: { id: string; label: string }) {
  return (
    <p className="form-honeypot" aria-hidden="true">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </p>
  )
}
