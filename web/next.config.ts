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

/**
 * V8's explicit compile hint: a script whose first line is this comment has all its
 * functions compiled eagerly, on the background thread that already streams and parses
 * it, instead of one by one on the main thread as each is first called (Chrome 136+;
 * other browsers read a comment). Every page runs Next's and React's runtime at load, and
 * compiling it lazily was most of that work: in Lighthouse's trace of an article, the
 * main chunk's evaluation took ~85 ms of main thread before, and the page's script time
 * fell to about a third with the hint.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** The little of webpack's API the plugin below uses (Next types its webpack as `any`). */
type Source = object
type Compilation = {
  entrypoints: Map<string, { chunks: Iterable<{ files: Iterable<string> }> }>
  hooks: { processAssets: { tap(options: { name: string; stage: number }, run: () => void): void } }
  updateAsset(file: string, update: (source: Source) => Source): void
}
type Webpack = {
  Compilation: { PROCESS_ASSETS_STAGE_DEV_TOOLING: number }
  sources: { ConcatSource: new (...parts: (string | Source)[]) => Source }
}

/**
 * Puts COMPILE_HINT at the top of the scripts every page loads: the chunks of Next's
 * `main-app` entry (webpack's runtime, React, Next's client). After minification, which
 * would strip the comment, and before the content hashes are worked out. Page chunks are
 * left alone: only some of their functions run at load.
 */
class CompileHintPlugin {
  constructor(private readonly webpack: Webpack) {}

  apply(compiler: { hooks: { thisCompilation: { tap(name: string, run: (compilation: Compilation) => void): void } } }) {
    const { Compilation, sources } = this.webpack
    compiler.hooks.thisCompilation.tap(CompileHintPlugin.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: CompileHintPlugin.name, stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, () => {
        for (const chunk of compilation.entrypoints.get('main-app')?.chunks ?? []) {
          for (const file of chunk.files) {
            if (file.endsWith('.js')) compilation.updateAsset(file, (source) => new sources.ConcatSource(COMPILE_HINT, source))
          }
        }
      })
    })
  }
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  webpack(config: { plugins: object[] }, { isServer, dev, webpack }: { isServer: boolean; dev: boolean; webpack: Webpack }) {
    if (!isServer && !dev) config.plugins.push(new CompileHintPlugin(webpack))
    return config
  },
  // `next dev` runs Turbopack, which needs none of the above; declaring it tells Next the
  // webpack hook is meant for production builds only (otherwise `next dev` refuses to start).
  turbopack: {},
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
