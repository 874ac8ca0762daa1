/**
 * The benchmark's static baseline (`pnpm bench:web`): rendered once at build time and
 * served from the same Next.js server as the site, with no client components, so the
 * site's pages can be compared with it for throughput and JavaScript shipped.
 */
export const dynamic = 'force-static'

export default function BaselinePage() {
  return (
    <main>
      <h1>Baseline</h1>
      <p>A static page with no client components and no content from the CMS, used as the yardstick for the site&apos;s benchmark.</p>
    </main>
  )
}
