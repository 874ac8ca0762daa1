'use client'

import { useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useState } from 'react'

/**
 * In a member's sidebar: make the membership active in one click, through the cms's
 * approve endpoint (status Active, joined today if new, renewal a year on unless a later
 * one is set), instead of setting three fields by hand. Not offered while the form has
 * unsaved changes, which reloading the member would lose.
 */
export function ApproveMember() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value)
  const modified = useFormModified()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!id || status === 'active') return null

  async function approve() {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(`/api/members/${id}/approve`, { method: 'POST', credentials: 'include' })
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { errors?: { message?: string }[] }
        throw new Error(body.errors?.[0]?.message ?? `The cms answered ${response.status}`)
      }
      // The saved member, with its new status and dates, in the form.
      window.location.reload()
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || modified} onClick={() => void approve()}>
        {status === 'pending' ? 'Approve membership' : 'Reactivate membership'}
      </button>
      <p className="field-description">
        {modified ? 'Save your changes first.' : 'Sets the status to Active, with a renewal date a year from today unless a later one is set.'}
      </p>
      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}
    </div>
  )
}
