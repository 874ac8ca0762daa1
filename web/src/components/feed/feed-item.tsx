import type { FeedItem as Item } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'
import { excerpt, formatDate } from '../../lib/format'

/**
 * A bulletin's number and period ("154. Oct – Dec 2012"). Bulletins are written in English
 * (they have no language of their own), so on another language's page the period the
 * editors typed is marked as English.
 */
export function BulletinLabel({ bulletin, language }: { bulletin: { number: number; period: string }; language: Language }) {
  return (
    <>
      {bulletin.number}. <span lang={language === 'en' ? undefined : HTML_LANG.en}>{bulletin.period}</span>
    </>
  )
}

/**
 * One entry of a feed or listing: its type, date or bulletin label, title and summary. An
 * entry in another language has its title and summary marked so; its labels are the page's.
 */
export function FeedItem({ item, language, headingLevel = 2 }: { item: Item; language: Language; headingLevel?: 2 | 3 }) {
  const strings = t(language)
  const Heading = `h${headingLevel}` as const
  const label = item.kind && item.kind in strings.kinds ? strings.kinds[item.kind as keyof typeof strings.kinds] : strings.sectionItem[item.section]
  const date = formatDate(item.publishedAt, language)
  const foreign = item.language !== language
  const itemLang = foreign ? HTML_LANG[item.language] : undefined
  return (
    <article className="feed-item">
      <p className="feed-item__meta">
        <span className="feed-item__type">{item.section === 'bulletins' ? strings.sectionItem.bulletins : label}</span>
        {item.bulletin ? (
          <span>
            <BulletinLabel bulletin={item.bulletin} language={language} />
          </span>
        ) : date && item.publishedAt ? (
          <time dateTime={item.publishedAt}>{date}</time>
        ) : null}
        {item.membersOnly ? <span className="badge">{strings.membersOnly}</span> : null}
        {foreign ? <span className="badge">{strings.inLanguage(languageName(item.language, language))}</span> : null}
      </p>
      <Heading className="feed-item__title" lang={itemLang}>
        <a href={item.path} hrefLang={foreign ? item.language : undefined}>
          {item.title}
        </a>
      </Heading>
      {item.summary ? (
        <p className="feed-item__summary" lang={itemLang}>
          {excerpt(item.summary)}
        </p>
      ) : null}
    </article>
  )
}

export function FeedList({ items, language, headingLevel }: { items: Item[]; language: Language; headingLevel?: 2 | 3 }) {
  if (items.length === 0) return <p className="empty">{t(language).nothingYet}</p>
  return (
    <ol className="feed">
      {items.map((item) => (
        <li key={`${item.section}:${item.id}`}>
          <FeedItem item={item} language={language} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
