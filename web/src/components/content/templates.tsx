import type {
  ArticleView,
  BulletinView,
  CaseStudyView,
  EvidenceView,
  PageView,
  ReportView,
  TranslationView,
} from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'
import { excerpt, formatDate } from '../../lib/format'
import { EvidenceItem } from '../evidence/evidence-item'
import { ResponsiveImage } from '../media/responsive-image'
import { DocumentMeta, MembersOnlyNotice, regionLabel, Taxonomy } from './document-meta'
import { EditionLinks } from './edition-links'
import { FileDownload } from './file-download'
import { RichText } from './rich-text'

type Strings = ReturnType<typeof t>
const kindLabel = (strings: Strings, kind: string) => strings.kinds[kind as keyof Strings['kinds']] ?? kind

export function ArticleTemplate({ article, language }: { article: ArticleView; language: Language }) {
  const strings = t(language)
  return (
    <article className="document">
      <header>
        <DocumentMeta
          language={language}
          kindLabel={kindLabel(strings, article.kind)}
          publishedAt={article.publishedAt}
          bulletin={article.bulletin}
          authors={article.authors}
        />
        <h1>{article.title}</h1>
        <p className="standfirst">{article.summary}</p>
        <EditionLinks editions={article.editions} language={language} />
      </header>
      {article.heroImage ? <ResponsiveImage image={article.heroImage} priority withCaption /> : null}
      {article.body ? <RichText value={article.body} /> : article.bodyWithheld ? <MembersOnlyNotice language={language} path={article.path} /> : null}
      <Taxonomy topics={article.topics} regions={article.regions} language={language} />
    </article>
  )
}

export function ReportTemplate({ report, language }: { report: ReportView; language: Language }) {
  const strings = t(language)
  return (
    <article className="document">
      <header>
        <DocumentMeta language={language} kindLabel={kindLabel(strings, report.kind)} publishedAt={report.publishedAt} />
        <h1>{report.title}</h1>
        <p className="standfirst">{report.summary}</p>
        <EditionLinks editions={report.editions} language={language} />
      </header>
      {report.cover ? <ResponsiveImage image={report.cover} priority withCaption sizes="(min-width: 48rem) 24rem, 100vw" className="cover" /> : null}
      {report.pdf && !report.bodyWithheld ? <FileDownload file={report.pdf} language={language} of="report" /> : null}
      {report.body ? <RichText value={report.body} /> : report.bodyWithheld ? <MembersOnlyNotice language={language} path={report.path} /> : null}
      <dl className="facts">
        {report.reportNumber ? (
          <>
            <dt>{strings.reportNumber}</dt>
            <dd>{report.reportNumber}</dd>
          </>
        ) : null}
        {report.partners.length > 0 ? (
          <>
            <dt>{strings.partners}</dt>
            <dd>
              <ul>
                {report.partners.map((partner) => (
                  <li key={partner.name}>{partner.url ? <a href={partner.url}>{partner.name}</a> : partner.name}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <Taxonomy topics={report.topics} regions={report.regions} language={language} />
    </article>
  )
}

const EVIDENCE_ORDER: EvidenceView['kind'][] = ['court_document', 'diplomatic_cable', 'testimony', 'photo', 'video', 'press']

export function CaseStudyTemplate({ study, language }: { study: CaseStudyView; language: Language }) {
  const strings = t(language)
  const groups = EVIDENCE_ORDER.map((kind) => ({ kind, items: study.evidence.filter((item) => item.kind === kind) })).filter(
    (group) => group.items.length > 0,
  )
  return (
    <article className="document case-study">
      <header>
        <DocumentMeta language={language} kindLabel={strings.sectionItem['case-studies']} publishedAt={study.publishedAt} />
        <h1>{study.title}</h1>
        <p className="standfirst">{study.summary}</p>
        {study.region ? (
          <p>
            {strings.region}: {regionLabel(study.region, language)}
          </p>
        ) : null}
        <EditionLinks editions={study.editions} language={language} />
      </header>
      {study.contentWarning ? (
        <aside className="notice notice--warning" aria-label={strings.contentWarning}>
          <p>
            <strong>{strings.contentWarning}:</strong> {study.contentWarning}
          </p>
        </aside>
      ) : null}
      {study.heroImage ? <ResponsiveImage image={study.heroImage} priority withCaption /> : null}
      {study.chapters.length > 1 ? (
        <nav aria-label={strings.chapters} className="toc">
          <h2>{strings.chapters}</h2>
          <ol>
            {study.chapters.map((chapter, index) => (
              <li key={index}>
                <a href={`#chapter-${index + 1}`}>{chapter.title}</a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      {study.chapters.map((chapter, index) => (
        <section key={index} id={`chapter-${index + 1}`} aria-labelledby={`chapter-${index + 1}-title`}>
          <h2 id={`chapter-${index + 1}-title`}>{chapter.title}</h2>
          {chapter.body ? <RichText value={chapter.body} nested /> : null}
        </section>
      ))}
      {study.timeline.length > 0 ? (
        <section aria-labelledby="timeline-title">
          <h2 id="timeline-title">{strings.timeline}</h2>
          <ol className="timeline">
            {study.timeline.map((entry, index) => (
              <li key={index}>
                <time dateTime={entry.date}>{formatDate(entry.date, language)}</time>
                <p>
                  <strong>{entry.event}</strong>
                </p>
                {entry.detail ? <p>{entry.detail}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {groups.length > 0 ? (
        <section aria-labelledby="evidence-title">
          <h2 id="evidence-title">{strings.evidence}</h2>
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={`evidence-${group.kind}`}>
              <h3 id={`evidence-${group.kind}`}>{kindLabel(strings, group.kind)}</h3>
              {group.items.map((item) => (
                <EvidenceItem key={item.id} item={item} language={language} warning={study.contentWarning} />
              ))}
            </section>
          ))}
        </section>
      ) : null}
      <Taxonomy topics={study.topics} regions={study.region ? [study.region] : []} language={language} />
    </article>
  )
}

export function PageTemplate({ page, language }: { page: PageView; language: Language }) {
  return (
    <article className="document">
      <header>
        <h1>{page.title}</h1>
        <p className="standfirst">{page.summary}</p>
        <EditionLinks editions={page.editions} language={language} />
      </header>
      {page.blocks.map((block, index) => {
        switch (block.type) {
          case 'text':
            return <RichText key={index} value={block.content} />
          case 'callout':
            return (
              <aside key={index} className="callout" aria-labelledby={`callout-${index}`}>
                <h2 id={`callout-${index}`}>{block.heading}</h2>
                <p>{block.text}</p>
                {block.link ? <a href={block.link.path}>{block.link.label}</a> : null}
              </aside>
            )
          case 'image':
            return <ResponsiveImage key={index} image={{ ...block.image, ...(block.caption && { caption: block.caption }) }} withCaption />
          case 'links':
            return (
              <section key={index} className="link-list" aria-labelledby={block.heading ? `links-${index}` : undefined}>
                {block.heading ? <h2 id={`links-${index}`}>{block.heading}</h2> : null}
                <ul>
                  {block.links.map((link) => (
                    <li key={link.href}>
                      <a href={link.href} rel={link.external ? 'noopener' : undefined}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            )
        }
      })}
    </article>
  )
}

export function BulletinTemplate({ bulletin, language }: { bulletin: BulletinView; language: Language }) {
  const strings = t(language)
  return (
    <article className="document" lang={language !== 'en' ? HTML_LANG.en : undefined}>
      <header>
        <p className="doc-meta">
          <span className="doc-meta__kind">{strings.sectionItem.bulletins}</span>
          <span>{bulletin.period}</span>
        </p>
        <h1>{bulletin.title}</h1>
        {bulletin.summary ? <p className="standfirst">{bulletin.summary}</p> : null}
      </header>
      {bulletin.cover ? <ResponsiveImage image={bulletin.cover} priority sizes="(min-width: 48rem) 24rem, 100vw" className="cover" /> : null}
      {bulletin.pdf ? (
        <FileDownload file={bulletin.pdf} language={language} of="issue" />
      ) : bulletin.pdfWithheld ? (
        <MembersOnlyNotice language={language} path={bulletin.path} />
      ) : null}
      <section aria-labelledby="issue-contents">
        <h2 id="issue-contents">{strings.inThisIssue}</h2>
        {bulletin.articles.length === 0 ? (
          <p className="empty">{strings.nothingYet}</p>
        ) : (
          <ol className="feed">
            {bulletin.articles.map((article) => (
              <li key={article.path}>
                <article className="feed-item">
                  <p className="feed-item__meta">
                    <span className="feed-item__type">{kindLabel(strings, article.kind)}</span>
                  </p>
                  <h3 className="feed-item__title">
                    <a href={article.path}>{article.title}</a>
                  </h3>
                  <p className="feed-item__summary">{excerpt(article.summary)}</p>
                </article>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  )
}

export function TranslationTemplate({ edition, language }: { edition: TranslationView; language: Language }) {
  const strings = t(language)
  return (
    <article className="document">
      <header>
        <DocumentMeta language={language} kindLabel={edition.kind ? kindLabel(strings, edition.kind) : strings.sectionItem[edition.section]} publishedAt={edition.publishedAt} />
        <h1>{edition.title}</h1>
        <p className="standfirst">{edition.summary}</p>
        {edition.original ? (
          <p className="editions">
            {strings.translationOf} <cite lang={HTML_LANG[edition.original.language]}>{edition.original.title}</cite>.{' '}
            <a href={edition.original.path} hrefLang={edition.original.language}>
              {strings.readInOriginal(languageName(edition.original.language, language))}
            </a>
          </p>
        ) : null}
        {edition.translator ? (
          <p className="doc-meta">
            {strings.translatedBy} {edition.translator}
          </p>
        ) : null}
        {edition.needsUpdate ? <p className="notice">{strings.translationOutdated}</p> : null}
      </header>
      {edition.pdf && !edition.bodyWithheld ? <FileDownload file={edition.pdf} language={language} of={edition.section === 'reports' ? 'report' : 'document'} /> : null}
      {edition.body ? <RichText value={edition.body} /> : edition.bodyWithheld ? <MembersOnlyNotice language={language} path={edition.path} /> : null}
      {edition.chapters.map((chapter, index) => (
        <section key={index} aria-labelledby={`chapter-${index + 1}-title`}>
          <h2 id={`chapter-${index + 1}-title`}>{chapter.title}</h2>
          {chapter.body ? <RichText value={chapter.body} nested /> : null}
        </section>
      ))}
      {edition.reportNumber ? (
        <dl className="facts">
          <dt>{strings.reportNumber}</dt>
          <dd>{edition.reportNumber}</dd>
        </dl>
      ) : null}
      <Taxonomy topics={edition.topics} regions={edition.regions} language={language} />
    </article>
  )
}
