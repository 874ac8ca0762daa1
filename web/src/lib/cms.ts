import 'server-only'

import { createCmsClient } from '@chasqui/cms-client'

import { getEnv } from '../env'

/** The one CMS client of the site. Server-only: the site reads the CMS over HTTP. */
export const cms = createCmsClient({
  baseUrl: getEnv().cmsUrl,
  timeoutMs: 5_000,
})
