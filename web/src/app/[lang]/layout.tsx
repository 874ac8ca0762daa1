import type { Metadata } from 'next'
import { draftMode } from 'next/headers'
import type React from 'react'

import { SiteFooter } from '../../components/layout/site-footer'
import { SiteHeader } from '../../components/layout/site-header'
import { PreviewBanner } from '../../components/preview/preview-banner'
import { getEnv } from '../../env'
import { HTML_LANG, t } from '../../i18n'
import { getSiteGlobals, languageOf, noPrebuiltParams } from '../../lib/route'
import { feedAlternates } from '../../lib/seo'
import '../globals.css'

export const generateStaticParams = noPrebuiltParams

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const language = languageOf((await params).lang)
  const globals = await getSiteGlobals(language)
  return {
    metadataBase: new URL(getEnv().webUrl),
    title: { default: globals.siteName, template: `%s — ${globals.siteName}` },
    description: globals.tagline ?? undefined,
    openGraph: { siteName: globals.siteName },
    alternates: { types: feedAlternates(language) },
  }
}

export default async function LanguageLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  const language = languageOf((await params).lang)
  const [globals, draft] = await Promise.all([getSiteGlobals(language), draftMode()])
  const strings = t(language)
  return (
    <html lang={HTML_LANG[language]}>
      <body>
        <a className="skip-link" href="#main">
          {strings.skipToContent}
        </a>
        {draft.isEnabled ? <PreviewBanner language={language} /> : null}
        <SiteHeader siteName={globals.siteName} tagline={globals.tagline} links={globals.header} language={language} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter links={globals.footer} footerText={globals.footerText} organisation={globals.organisation} language={language} />
      </body>
    </html>
  )
}
