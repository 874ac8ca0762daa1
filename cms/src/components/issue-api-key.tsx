'use client'

import { useRouter } from 'next/navigation'
import { type FormEvent, useEffect, useState } from 'react'

type Integrator = { id: string; name: string; email: string }
type Issued = { name: string; key: string; prefix: string }

/**
 * Above the API keys list: issue a key and show it this once. The admin's own create
 * form cannot — the key exists only in the create response, and the form reloads the
 * saved document, which does not hold it.
 */
export function IssueApiKey() {
  const router = useRouter()
  const [integrators, setIntegrators] = useState<Integrator[]>([])
  const [issued, setIssued] = useState<Issued | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    const query = 'where[roles][in]=integrator&depth=0&limit=100&sort=name&select[name]=true&select[email]=true'
    fetch(`/api/users?${query}`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as { docs: Integrator[] }).docs : []))
      .then(setIntegrators)
      .catch(() => setIntegrators([]))
  }, [])

  async function issue(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const element = event.currentTarget
    const form = new FormData(element)
    const expires = String(form.get('expiresAt') ?? '')
    setBusy(true)
    setError(null)
    try {
      const response = await fetch('/api/api-keys', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: form.get('name'),
          owner: form.get('owner'),
          ...(expires && { expiresAt: new Date(expires).toISOString() }),
        }),
      })
      const body = (await response.json()) as { doc?: Issued; errors?: { message: string }[] }
      if (!response.ok || !body.doc) throw new Error(body.errors?.[0]?.message ?? `The cms answered ${response.status}`)
      setIssued(body.doc)
      element.reset()
      router.refresh()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="gutter--left gutter--right" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h3>Issue a key</h3>
      {issued ? (
        <div role="status" style={{ border: '1px solid var(--theme-success-500)', padding: 'var(--base)', margin: 'var(--base) 0' }}>
          <p>
            <strong>Copy the key for “{issued.name}” now: it will not be shown again.</strong>
          </p>
          <code style={{ display: 'block', wordBreak: 'break-all', userSelect: 'all', padding: '0.5rem 0' }}>{issued.key}</code>
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void navigator.clipboard.writeText(issued.key)}>
            Copy
          </button>{' '}
          <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setIssued(null)}>
            Done
          </button>
        </div>
      ) : null}
      <form onSubmit={(event) => void issue(event)} style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'flex-end' }}>
        <label>
          Name
          <br />
          <input name="name" required placeholder="Partner X mirror" />
        </label>
        <label>
          Integrator
          <br />
          <select name="owner" required defaultValue="">
            <option value="" disabled>
              {integrators.length ? 'Choose…' : 'No integrator accounts yet'}
            </option>
            {integrators.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </select>
        </label>
        <label>
          Expires (optional)
          <br />
          <input name="expiresAt" type="datetime-local" />
        </label>
        <button type="submit" className="btn btn--style-primary btn--size-small" disabled={busy}>
          Issue key
        </button>
      </form>
      {error ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
    </section>
  )
}
