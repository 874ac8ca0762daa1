import type { Metadata } from 'next'

import { LoginForm } from '../../../components/members/auth-forms'
import { memberStrings } from '../../../i18n/members'
import { languageOf, type Params } from '../../../lib/route'
import { membershipPageMetadata } from '../../../lib/seo'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return membershipPageMetadata({ title: memberStrings(language).loginTitle, path: '/login', language })
}

export default async function LoginPage({ params, searchParams }: Params & { searchParams: Promise<Record<string, string | undefined>> }) {
  const language = languageOf((await params).lang)
  const strings = memberStrings(language)
  const { next, closed } = await searchParams
  return (
    <div className="member-page">
      <h1>{strings.loginTitle}</h1>
      {closed ? (
        <p className="notice" role="status">
          {strings.closed}
        </p>
      ) : null}
      <LoginForm language={language} next={next} />
    </div>
  )
}
