/**
 * Who a request counts against for rate limiting.
 *
 * The client address: Next.js route handlers see no socket, only X-Forwarded-For, which
 * Next fills with the socket address when the request has none, but which any client can
 * send. So it is believed only with TRUST_PROXY: with N trusted proxies in front, each
 * appending the address it saw, the client is the Nth entry from the right. Without
 * it, every anonymous client shares one bucket: a global cap rather than a spoofable one.
 */
export const UNTRUSTED_CLIENT = 'untrusted'

export function clientAddress(headers: Headers, trustedProxies: number): string {
  if (trustedProxies <= 0) return UNTRUSTED_CLIENT
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the chain is not what was configured; use the leftmost.
  return hops.at(-trustedProxies) ?? hops[0] ?? UNTRUSTED_CLIENT
}

/** Whether the request carries credentials Payload would try (API key, JWT header or session cookie). */
export function hasCredentials(headers: Headers): boolean {
  if (headers.get('authorization')) return true
  return /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')
}

const AUTH_ENDPOINT = /^\/api\/[^/]+\/(login|forgot-password|reset-password|unlock|verify\/[^/]+|first-register)$/

/** Endpoints that check a secret (password, reset token): limited per address, more strictly. */
export function isAuthEndpoint(pathname: string): boolean {
  return AUTH_ENDPOINT.test(pathname)
}

const FILE_DOWNLOAD = /^\/api\/[^/]+\/file\/[^/]+$/

/**
 * Uploaded files (`/api/media/file/…`): the site's pages embed them, so every visitor's
 * browser fetches several per page, straight from the cms — not the site's server, which
 * is exempt. They are left to a CDN or proxy cache rather than counted per address.
 */
export function isFileDownload(method: string, pathname: string): boolean {
  return (method === 'GET' || method === 'HEAD') && FILE_DOWNLOAD.test(pathname)
}
