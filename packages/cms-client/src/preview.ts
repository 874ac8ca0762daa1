import { hmac, sameText } from './revalidate.js'

/**
 * Preview links: the admin hands staff a short-lived, signed link to the site's
 * `/api/preview`, which turns on Next's draft mode for that browser and shows the path.
 */

export type PreviewLink = { path: string; expires: number; signature: string }

/** Query parameters of a preview link for `path`, valid for `ttlSeconds`. */
export async function signPreview(path: string, secret: string, ttlSeconds = 3600, now = Math.floor(Date.now() / 1000)): Promise<PreviewLink> {
  const expires = now + ttlSeconds
  return { path, expires, signature: await hmac(secret, `preview.${path}.${expires}`) }
}

export async function verifyPreview(
  link: { path: string | null; expires: string | null; signature: string | null },
  secret: string,
  now = Math.floor(Date.now() / 1000),
): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
  const { path, signature } = link
  const expires = Number(link.expires)
  if (!path || !signature || !Number.isInteger(expires)) return { ok: false, reason: 'incomplete preview link' }
  // Only site paths: never an absolute URL someone could bounce the browser to.
  if (!path.startsWith('/') || path.startsWith('//')) return { ok: false, reason: 'not a site path' }
  if (expires < now) return { ok: false, reason: 'preview link expired' }
  const expected = await hmac(secret, `preview.${path}.${expires}`)
  return sameText(expected, signature) ? { ok: true, path } : { ok: false, reason: 'bad signature' }
}
