import type { Language } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { PageTemplate } from '../../../components/content/templates'
import { JoinForm } from '../../../components/members/join-form'
import { memberStrings } from '../../../i18n/members'
import { getCms } from '../../../lib/cms'
import { getJoinOffer } from '../../../lib/members/offer'
import { languageOf, type Params } from '../../../lib/route'
import { inEveryLanguageMetadata } from '../../../lib/seo'

/** A form with per-visitor state: never cached. */
export const dynamic = 'force-dynamic'

/**
 * The form exists in every language, so the page is one of the site's fixed pages (the
 * sitemap lists it so, in both languages), described by the editors' "Join" page.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  const title = memberStrings(language).joinTitle
  const page = await editorsJoinPage(language)
  return { ...inEveryLanguageMetadata({ title, description: page?.summary || title, path: '/join', language }), robots: { index: true, follow: true } }
}

/** The editors' "Join" background page, when they have written one (the request's reads are shared: one fetch). */
const editorsJoinPage = async (language: Language) => (await getCms()).getEdition('pages', 'join', language).catch(() => null)

/** The background page “Join” (why join) when editors have written one, then the join form. */
export default async function JoinPage({ params }: Params) {
  const language = languageOf((await params).lang)
  const strings = memberStrings(language)
  const [page, offer] = await Promise.all([editorsJoinPage(language), getJoinOffer(language)])
  return (
    <>
      {page && page.type === 'page' ? <PageTemplate page={page} language={language} /> : <h1>{strings.joinTitle}</h1>}
      <section aria-labelledby="join-form-heading" className="member-page">
        <h2 id="join-form-heading">{strings.joinTitle}</h2>
        <JoinForm language={language} offer={offer} />
      </section>
    </>
  )
}
