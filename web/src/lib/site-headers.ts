import { SITE_EXEMPTION_HEADER } from '@chasqui/cms-client'

/**
 * What every request from the site's server to the cms carries, whatever the route:
 *
 * - `Accept-Encoding: identity`: the cms's answers come uncompressed. Site and cms run on
 *   one host or a private network, where the cms gzipping each answer only for the site
 *   to gunzip it costs CPU on both ends of every uncached read — about a tenth of a
 *   never-seen search's time (docs/site.md, "Talking to the cms").
 * - the site's rate-limit exemption token (site-token.ts), when one is configured.
 */
export function siteRequestInit(init: RequestInit | undefined, exemptionToken: string | undefined): RequestInit {
  const headers = new Headers(init?.headers)
  headers.set('Accept-Encoding', 'identity')
  if (exemptionToken) headers.set(SITE_EXEMPTION_HEADER, exemptionToken)
  return { ...init, headers }
}
