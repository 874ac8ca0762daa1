import type { EvidenceView } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'
import { sitePath } from '@chasqui/cms-types'

import { HTML_LANG, localePath, t } from '../../i18n'
import { formatDate } from '../../lib/format'
import { FileDownload } from '../content/file-download'
import { ResponsiveImage } from '../media/responsive-image'

/** Kinds whose material can distress: behind a disclosure when the case study warns. */
const GRAPHIC = new Set(['photo', 'video', 'testimony'])

/**
 * One primary source: what it is, where it comes from and how to cite it, then the
 * material itself — a photo with its description, a video by link with its transcript,
 * testimony as quoted text in its own language. Redacted items say so and show none.
 */
export function EvidenceItem({
  item,
  language,
  warning,
  standalone = false,
}: {
  item: EvidenceView
  language: Language
  /** The case study's content warning: photos, video and testimony wait behind it. */
  warning: string | null
  /** On the item's own page, under its title: no heading of its own. */
  standalone?: boolean
}) {
  const strings = t(language)
  const date = formatDate(item.date, language)
  const material = <Material item={item} language={language} />
  return (
    <article className="evidence" id={`evidence-${item.id}`}>
      {standalone ? null : (
        <h4 className="evidence__title">
          <a href={localePath(language, sitePath({ collection: 'evidence', id: item.id }))}>{item.title}</a>
        </h4>
      )}
      <p className="evidence__meta">
        {date ? <time dateTime={item.date}>{date}</time> : null}
        {item.sensitivity === 'redacted' ? <span className="badge">{strings.redacted}</span> : null}
        {item.consentRecorded ? <span>{strings.consentRecorded}</span> : null}
      </p>
      <p lang={item.language !== language ? HTML_LANG[item.language] : undefined}>{item.description}</p>
      <dl className="evidence__facts">
        <dt>{strings.provenance}</dt>
        <dd>{item.provenance}</dd>
        <dt>{strings.citation}</dt>
        <dd>
          <cite>{item.citation}</cite>
        </dd>
      </dl>
      {item.sensitivity === 'redacted' ? (
        item.redactionNote ? <p className="notice">{item.redactionNote}</p> : null
      ) : warning && GRAPHIC.has(item.kind) ? (
        <details className="content-warning">
          <summary>
            {strings.contentWarning}: {warning} — {strings.showContent}
          </summary>
          {material}
        </details>
      ) : (
        material
      )}
    </article>
  )
}

function Material({ item, language }: { item: EvidenceView; language: Language }) {
  const strings = t(language)
  const lang = item.language !== language ? HTML_LANG[item.language] : undefined
  return (
    <div className="evidence__material">
      {item.image ? <ResponsiveImage image={item.image} withCaption sizes="(min-width: 48rem) 40rem, 100vw" /> : null}
      {item.url ? (
        <p>
          <a href={item.url} rel="noopener">
            {strings.viewSource}
          </a>
        </p>
      ) : null}
      {item.file ? <FileDownload file={item.file} language={language} of="document" /> : null}
      {item.transcript ? (
        <figure className="transcript">
          <figcaption>{strings.transcript}</figcaption>
          <blockquote lang={lang}>
            {item.transcript.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </blockquote>
        </figure>
      ) : null}
    </div>
  )
}
