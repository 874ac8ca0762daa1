import { LANGUAGES } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { HomeListing } from '../../components/listing/listings'
import { localePath } from '../../i18n'
import { getSiteGlobals, languageOf, type Params } from '../../lib/route'
import { pageMetadata } from '../../lib/seo'

export const revalidate = 300

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  const globals = await getSiteGlobals(language)
  const meta = pageMetadata({
    title: globals.siteName,
    description: globals.tagline ?? globals.siteName,
    path: localePath(language, '/'),
    language,
    editions: LANGUAGES.map((other) => ({ language: other, path: localePath(other, '/') })),
    image: globals.defaultImage,
  })
  return { ...meta, title: { absolute: globals.tagline ? `${globals.siteName} — ${globals.tagline}` : globals.siteName } }
}

export default async function HomePage({ params }: Params) {
  return <HomeListing language={languageOf((await params).lang)} page={1} />
}
