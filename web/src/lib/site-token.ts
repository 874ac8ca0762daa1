import 'server-only'

import { SITE_EXEMPTION_HEADER, siteExemptionToken } from '@chasqui/cms-client'

import { getEnv } from '../env'

const env = getEnv()

/**
 * The site reads the cms at high volume from one address; this token (derived from the
 * shared REVALIDATE_SECRET) exempts it from the cms's rate limits, and from nothing else.
 */
const exemption = env.revalidateSecret ? siteExemptionToken(env.revalidateSecret) : undefined

export async function withSiteToken(init: RequestInit | undefined): Promise<RequestInit | undefined> {
  if (!exemption) return init
  const headers = new Headers(init?.headers)
  headers.set(SITE_EXEMPTION_HEADER, await exemption)
  return { ...init, headers }
}

