import type { TopicRef } from '@chasqui/cms-client'
import type { Language, Region } from '@chasqui/cms-types'
import { REGIONS, sitePath } from '@chasqui/cms-types'

import { localePath, t } from '../../i18n'
import { memberStrings } from '../../i18n/members'
import { formatDate } from '../../lib/format'
import { loginPath } from '../../lib/members/next-path'
import { memberViewer } from '../../lib/members/viewer'
import { BulletinLabel } from '../feed/feed-item'

const REGION_LABELS = new Map<string, string>(REGIONS.map((region) => [region.value, region.label]))

/** A region's name; place names are the same in both languages, “national” is not. */
export function regionLabel(region: string, language: Language): string {
  if (region === 'national') return t(language).national
  return REGION_LABELS.get(region) ?? region
}

/** A region's listing, in the site's paths (before localePath). */
export const regionPath = (region: string) => `/regions/${region}`

/** The line under a title: kind, date, bulletin, authors. */
export function DocumentMeta({
  language,
  kindLabel,
  publishedAt,
  bulletin,
  authors = [],
}: {
  language: Language
  kindLabel: string
  publishedAt: string | null
  bulletin?: { number: number; period: string } | null
  authors?: string[]
}) {
  const strings = t(language)
  const date = formatDate(publishedAt, language)
  return (
    <p className="doc-meta">
      <span className="doc-meta__kind">{kindLabel}</span>
      {date && publishedAt ? <time dateTime={publishedAt}>{date}</time> : null}
      {bulletin ? (
        <a href={sitePath({ collection: 'bulletins', number: bulletin.number })}>
          {strings.inBulletin} <BulletinLabel bulletin={bulletin} language={language} />
        </a>
      ) : null}
      {authors.length > 0 ? (
        <span>
          {strings.by} {authors.join(', ')}
        </span>
      ) : null}
    </p>
  )
}

/** Topics and regions, each linking to its listing. */
export function Taxonomy({ topics, regions, language }: { topics: TopicRef[]; regions: Region[]; language: Language }) {
  if (topics.length === 0 && regions.length === 0) return null
  const strings = t(language)
  return (
    <dl className="taxonomy">
      {topics.length > 0 ? (
        <>
          <dt>{strings.topics}</dt>
          <dd>
            <ul>
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <a href={localePath(language, sitePath({ collection: 'topics', slug: topic.slug }))}>{topic.name}</a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {regions.length > 0 ? (
        <>
          <dt>{strings.regions}</dt>
          <dd>
            <ul>
              {regions.map((region) => (
                <li key={region}>
                  <a href={localePath(language, regionPath(region))}>{regionLabel(region, language)}</a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  )
}

/**
 * In place of a members-only body: the teaser stays, the text is for members, and logging
 * in leads back to `path`, the document. A signed-in member whose membership is not active
 * (member-view pages only) is asked to renew.
 */
export function MembersOnlyNotice({ language, path }: { language: Language; path: string }) {
  const strings = t(language)
  const member = memberStrings(language)
  const status = memberViewer().status
  if (status === 'pending' || status === 'lapsed' || status === 'cancelled') {
    return (
      <aside className="notice" aria-label={strings.membersOnly}>
        <p>{status === 'pending' ? member.pendingPrompt : member.renewPrompt}</p>
        <p>
          <a href={localePath(language, '/account')}>{member.renewLink}</a>
        </p>
      </aside>
    )
  }
  return (
    <aside className="notice" aria-label={strings.membersOnly}>
      <p>{strings.membersOnlyTeaser}</p>
      <p>
        <a href={localePath(language, '/join')}>{strings.becomeMember}</a> · <a href={loginPath(language, path)}>{member.login}</a>
      </p>
    </aside>
  )
}
