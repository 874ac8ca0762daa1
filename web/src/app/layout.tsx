import type { Metadata } from 'next'
import Link from 'next/link'
import type React from 'react'

import { getEnv } from '../env'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().webUrl),
  title: { default: 'Chasqui', template: '%s — Chasqui' },
  description: 'News, analysis, reports and case studies on human rights and development.',
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link className="site-header__name" href="/">
            Chasqui
          </Link>
        </header>
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>Published with Chasqui.</p>
        </footer>
      </body>
    </html>
  )
}
