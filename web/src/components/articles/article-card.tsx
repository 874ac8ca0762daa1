import type { ArticleSummary } from '@chasqui/cms-client'

import { formatDate } from '../../lib/format'

const KIND_LABELS: Record<ArticleSummary['kind'], string> = {
  news: 'News',
  analysis: 'Analysis',
  editorial: 'Editorial',
  campaign: 'Campaign',
  event_report: 'Event report',
  press_release: 'Press release',
}

export function ArticleCard({ article }: { article: ArticleSummary }) {
  const date = formatDate(article.publishedAt)
  return (
    <article className="card">
      <p className="card__meta">
        <span className="card__kind">{KIND_LABELS[article.kind]}</span>
        {date && article.publishedAt ? <time dateTime={article.publishedAt}>{date}</time> : null}
      </p>
      <h2 className="card__title">{article.title}</h2>
      <p className="card__summary">{article.summary}</p>
    </article>
  )
}
