import type { Metadata } from 'next'
import type React from 'react'

/**
 * A root layout of its own for the benchmark's baseline page (scripts/bench-web.ts): no
 * site header, no stylesheet, no CMS reads, so the page measures what the Next.js server
 * itself costs. Kept out of search engines.
 */
export const metadata: Metadata = {
  title: 'Baseline',
  robots: { index: false, follow: false },
}

export default function BaselineLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
