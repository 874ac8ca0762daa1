import type { FeedItem as Item } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'
import { excerpt, formatDate } from '../../lib/format'

/** One entry of a feed or listing: its type, date or bulletin label, title and summary. */
export function FeedItem({ item, language, headingLevel = 2 }: { item: Item; language: Language; headingLevel?: 2 | 3 }) {
  const strings = t(language)
  const Heading = `h${headingLevel}` as const
  const label = item.kind && item.kind in strings.kinds ? strings.kinds[item.kind as keyof typeof strings.kinds] : strings.sectionItem[item.section]
  const date = formatDate(item.publishedAt, language)
  const foreign = item.language !== language
  return (
    <article className="feed-item" lang={foreign ? HTML_LANG[item.language] : undefined}>
      <p className="feed-item__meta">
        <span className="feed-item__type">{item.section === 'bulletins' ? strings.sectionItem.bulletins : label}</span>
        {item.bulletin ? (
          <span>{strings.bulletinLabel(item.bulletin.number, item.bulletin.period)}</span>
        ) : date && item.publishedAt ? (
          <time dateTime={item.publishedAt}>{date}</time>
        ) : null}
        {item.membersOnly ? <span className="badge">{strings.membersOnly}</span> : null}
        {foreign ? (
          <span className="badge" lang={HTML_LANG[language]}>
            {strings.inLanguage(languageName(item.language, language))}
          </span>
        ) : null}
      </p>
      <Heading className="feed-item__title">
        <a href={item.path} hrefLang={foreign ? item.language : undefined}>
          {item.title}
        </a>
      </Heading>
      {item.summary ? <p className="feed-item__summary">{excerpt(item.summary)}</p> : null}
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
