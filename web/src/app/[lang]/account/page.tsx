import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { AccountForm, CloseAccountForm } from '../../../components/members/account-forms'
import { localePath } from '../../../i18n'
import { memberStrings } from '../../../i18n/members'
import { logoutAction } from '../../../lib/members/actions'
import { getJoinOffer } from '../../../lib/members/offer'
import { loginPath } from '../../../lib/members/next-path'
import { getCurrentMember } from '../../../lib/members/session'
import { languageOf, type Params } from '../../../lib/route'
import { membershipPageMetadata } from '../../../lib/seo'

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return membershipPageMetadata({ title: memberStrings(language).accountTitle, path: '/account', language })
}

export default async function AccountPage({ params }: Params) {
  const language = languageOf((await params).lang)
  const strings = memberStrings(language)
  const member = await getCurrentMember()
  if (!member) redirect(loginPath(language, localePath(language, '/account')))
  const offer = await getJoinOffer(language)
  const day = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleDateString(language === 'es' ? 'es-PE' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }) : strings.none)
  return (
    <div className="member-page">
      <h1>{strings.accountTitle}</h1>
      <dl className="facts">
        <dt>{strings.name}</dt>
        <dd>{member.name}</dd>
        <dt>{strings.email}</dt>
        <dd>{member.email}</dd>
        <dt>{strings.status}</dt>
        <dd data-testid="member-status">{strings.statuses[member.status] ?? member.status}</dd>
        <dt>{strings.tier}</dt>
        <dd>{strings.tiers[member.tier] ?? member.tier}</dd>
        <dt>{strings.renewalDate}</dt>
        <dd>{day(member.renewalDate)}</dd>
      </dl>
      <form action={logoutAction}>
        <input type="hidden" name="lang" value={language} />
        <button type="submit">{strings.logout}</button>
      </form>
      <AccountForm language={language} member={member} emailConsentWording={offer.emailConsentWording} giftAidWording={offer.giftAidWording} />
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">{strings.yourData}</h2>
        <p>
          <a href="/api/account/export" download>
            {strings.download}
          </a>
        </p>
      </section>
      <CloseAccountForm language={language} giftAid={Boolean(member.giftAid?.declared)} />
    </div>
  )
}
