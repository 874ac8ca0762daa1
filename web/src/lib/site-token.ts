import 'server-only'

import { siteExemptionToken } from '@chasqui/cms-client'

import { getEnv } from '../env'
import { siteRequestInit } from './site-headers'

const env = getEnv()

/**
 * The site reads the cms at high volume from one address; this token (derived from the
 * shared REVALIDATE_SECRET) exempts it from the cms's rate limits, and from nothing else.
 */
const exemption = env.revalidateSecret ? siteExemptionToken(env.revalidateSecret) : undefined

/** `init` with what every request from the site to the cms carries (site-headers.ts). */
export async function withSiteHeaders(init: RequestInit | undefined): Promise<RequestInit> {
  return siteRequestInit(init, exemption && (await exemption))
}

