import 'server-only'

import { type CmsClient, createCmsClient } from '@chasqui/cms-client'
import { cache } from 'react'

import { getEnv } from '../../env'
import { withSiteHeaders } from '../site-token'
import { getCurrentMember, getMemberToken, type SessionMember } from './session'

/**
 * Who is reading, for the members' view of members-only pages: kept for one render
 * (React's request cache). Public pages never set it, so they stay the same for every
 * visitor and stay cached; requests carrying the member cookie are routed to the
 * member-view pages instead (next.config.ts), which set it and are never cached.
 */
export const memberViewer = cache((): { status?: SessionMember['status']; client?: CmsClient } => ({}))

/** Reads through the member's session from here on in this render: uncached, with their token. */
export async function enterMemberView(): Promise<void> {
  const viewer = memberViewer()
  if (viewer.client) return
  const token = await getMemberToken()
  if (!token) return
  const member = await getCurrentMember()
  viewer.status = member?.status
  if (!member) return
  viewer.client = createCmsClient({
    baseUrl: getEnv().cmsUrl,
    timeoutMs: 5_000,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers)
      headers.set('Authorization', `JWT ${token}`)
      return fetch(input, await withSiteHeaders({ ...init, headers }))
    },
    requestInit: () => ({ cache: 'no-store' }),
  })
}
