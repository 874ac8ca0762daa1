import type { Metadata } from 'next'

import { ResetForm } from '../../../components/members/auth-forms'
import { memberStrings } from '../../../i18n/members'
import { languageOf, type Params } from '../../../lib/route'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  // The token is in the address: no referrer may carry it elsewhere.
  return { title: memberStrings(languageOf((await params).lang)).resetTitle, robots: { index: false }, referrer: 'no-referrer' }
}

export default async function ResetPasswordPage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | undefined>> }) {
  const language = languageOf((await params).lang)
  const { token = '' } = await searchParams
  return (
    <div className="member-page">
      <h1>{memberStrings(language).resetTitle}</h1>
      <ResetForm language={language} token={token} />
    </div>
  )
}
