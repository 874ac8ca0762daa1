import 'server-only'

import { cookies } from 'next/headers'
import { cache } from 'react'

import { getEnv } from '../../env'
import { withSiteHeaders } from '../site-token'

/**
 * The member's session: a backend-for-frontend cookie on the site's origin holding the
 * cms token, never readable by scripts (httpOnly), Secure in production, and named for
 * the site — not Payload's admin cookie, which the cms never sets for the site. The
 * site's server sends the token to the cms on the uncached, members-only reads.
 */
export const MEMBER_COOKIE = 'chasqui_member'

export type SessionMember = {
  id: string
  name: string
  email: string
  tier: string
  status: 'pending' | 'active' | 'lapsed' | 'cancelled'
  renewalDate?: string | null
  joinedAt?: string | null
  language?: string | null
  address?: { line1?: string | null; line2?: string | null; town?: string | null; postcode?: string | null; country?: string | null } | null
  giftAid?: { declared?: boolean | null; declaredAt?: string | null; wording?: string | null } | null
  emailConsent?: { given?: boolean | null; wording?: string | null; at?: string | null } | null
}

export async function getMemberToken(): Promise<string | undefined> {
  return (await cookies()).get(MEMBER_COOKIE)?.value || undefined
}

export async function startMemberSession(token: string, expiresAt: number | undefined): Promise<void> {
  ;(await cookies()).set(MEMBER_COOKIE, token, {
    httpOnly: true,
    secure: getEnv().secureCookies,
    sameSite: 'lax',
    path: '/',
    ...(expiresAt && { expires: new Date(expiresAt * 1000) }),
  })
}

export async function endMemberSession(): Promise<void> {
  ;(await cookies()).delete(MEMBER_COOKIE)
}

/** A request to the cms API from the site's server: never cached, with the member's token when given. */
export async function cmsFetch(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const { token, ...rest } = init
  const headers = new Headers(rest.headers)
  if (token) headers.set('Authorization', `JWT ${token}`)
  if (rest.body && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json')
  return fetch(`${getEnv().cmsUrl}${path}`, { ...(await withSiteHeaders({ ...rest, headers })), cache: 'no-store', signal: AbortSignal.timeout(10_000) })
}

/** The signed-in member, read once per render; null without a (valid) session. */
export const getCurrentMember = cache(async (): Promise<SessionMember | null> => {
  const token = await getMemberToken()
  if (!token) return null
  const response = await cmsFetch('/api/members/me?depth=0', { token })
  if (!response.ok) return null
  const body = (await response.json()) as { user?: SessionMember | null }
  return body.user ?? null
})
