import type { NextConfig } from 'next'

/**
 * English lives at the root and Spanish under /es, while the app has one route tree
 * under [lang]: root paths are rewritten to /en/…, and /en/… redirects to the root so
 * every page has one address. Config rewrites rather than a proxy (middleware): they
 * cost nothing per request, where the proxy took an eighth of a cached page's CPU.
 * Not rewritten: the API, Next's assets, site-wide files (robots, sitemaps, icon) and
 * the benchmark's baseline page, which live outside [lang].
 */
const SITE_WIDE = ['es(?:/|$)', 'en(?:/|$)', 'api/', '_next/', 'favicon\\.ico$', 'icon\\.svg$', 'robots\\.txt$', 'sitemap', 'baseline']

/** The member session cookie (src/lib/members/session.ts). */
const MEMBER_COOKIE = 'chasqui_member'
const withMemberCookie = [{ type: 'cookie' as const, key: MEMBER_COOKIE }]

/**
 * Members-only material is gated per reader, so a request carrying the member cookie is
 * served by the member-view pages: rendered per request with the member's session and
 * marked private, no-store. Everyone else gets the cached public page (teaser only),
 * which therefore never depends on who asked.
 */
const MEMBER_VIEW_REWRITES = [
  { source: '/:section(articles|reports)/:slug', has: withMemberCookie, destination: '/en/member-view/:section/:slug' },
  { source: '/es/:section(articles|reports)/:slug', has: withMemberCookie, destination: '/es/member-view/:section/:slug' },
  { source: '/bulletins/:number', has: withMemberCookie, destination: '/en/member-view/bulletins/:number' },
]

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  async redirects() {
    return [
      { source: '/en', destination: '/', permanent: true },
      { source: '/en/:path*', destination: '/:path*', permanent: true },
      // Shortened addresses a visitor may type, which have no page of their own: MineWatch's
      // companies, projects and conflicts are its one table; evidence is searched by type.
      ...['', '/es'].flatMap((prefix) => [
        { source: `${prefix}/minewatch/:kind(companies|projects|conflicts)`, destination: `${prefix}/minewatch`, permanent: false },
        { source: `${prefix}/evidence`, destination: `${prefix}/search?type=evidence`, permanent: false },
      ]),
    ]
  },
  async rewrites() {
    return {
      beforeFiles: [
        ...MEMBER_VIEW_REWRITES,
        { source: '/', destination: '/en' },
        { source: `/:path((?!${SITE_WIDE.join('|')}).*)`, destination: '/en/:path' },
      ],
    }
  },
}

export default nextConfig
