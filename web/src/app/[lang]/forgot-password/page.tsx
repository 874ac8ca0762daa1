import type { Metadata } from 'next'

import { ForgotForm } from '../../../components/members/auth-forms'
import { memberStrings } from '../../../i18n/members'
import { languageOf, type Params } from '../../../lib/route'
import { listingMetadata } from '../../../lib/seo'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  const title = memberStrings(language).forgotTitle
  return { ...listingMetadata({ title, path: '/forgot-password', language, description: title }), robots: { index: false } }
}

export default async function ForgotPasswordPage({ params }: Params) {
  const language = languageOf((await params).lang)
  return (
    <div className="member-page">
      <h1>{memberStrings(language).forgotTitle}</h1>
      <ForgotForm language={language} />
    </div>
  )
}
