import type { Metadata } from 'next'

import { ForgotForm } from '../../../components/members/auth-forms'
import { memberStrings } from '../../../i18n/members'
import { languageOf, type Params } from '../../../lib/route'
import { membershipPageMetadata } from '../../../lib/seo'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return membershipPageMetadata({ title: memberStrings(language).forgotTitle, path: '/forgot-password', language })
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
