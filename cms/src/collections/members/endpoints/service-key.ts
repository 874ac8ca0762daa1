import { timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { getEnv } from '../../../env'

/** The header the site's server sends with the one write it makes for visitors (joining). */
export const SERVICE_KEY_HEADER = 'x-chasqui-service-key'

/** Whether the request comes from the site's server, holding MEMBERS_SERVICE_KEY. */
export function isSiteService(req: PayloadRequest): boolean {
  const expected = getEnv().membersServiceKey
  const presented = req.headers.get(SERVICE_KEY_HEADER)
  if (!expected || !presented) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
