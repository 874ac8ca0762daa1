import { hmac } from './revalidate.js'

/**
 * The header by which the site's server identifies itself to the cms, so the cms's rate
 * limits do not throttle it (it reads the cms at high volume from one address). It only
 * exempts from rate limiting: the site's reads stay anonymous reads of published content.
 *
 * The value is derived from REVALIDATE_SECRET, which cms and site already share, rather
 * than being that secret: a leaked header lets no one sign revalidation events.
 */
export const SITE_EXEMPTION_HEADER = 'chasqui-site-token'

export async function siteExemptionToken(revalidateSecret: string): Promise<string> {
  return hmac(revalidateSecret, 'chasqui rate-limit exemption v1')
}
