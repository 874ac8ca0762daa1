import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MinewatchNotice } from '../../../../../components/minewatch/minewatch-notice'
import { minewatchStrings } from '../../../../../i18n/minewatch'
import { getCms } from '../../../../../lib/cms'
import { monthLabel } from '../../../../../lib/minewatch'
import { getLiveData, getReleaseHistory, isSlug, minewatchPaths } from '../../../../../lib/minewatch-data'
import { languageOf, noPrebuiltParams, type Params } from '../../../../../lib/route'
import { listingMetadata } from '../../../../../lib/seo'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type ConflictParams = Params<{ slug: string }>

async function load(slug: string) {
  if (!isSlug(slug)) notFound()
  const data = await getLiveData()
  const conflict = data.conflicts.find((candidate) => candidate.slug === slug)
  if (!conflict) notFound()
  return { data, conflict }
}

export async function generateMetadata({ params }: ConflictParams): Promise<Metadata> {
  const { lang, slug } = await params
  const { conflict } = await load(slug)
  return listingMetadata({ title: conflict.title, path: `/minewatch/conflicts/${slug}`, language: languageOf(lang) })
}

type Moment = { date: string; text: string; href?: string }

/** A conflict: communities, Defensoría status, sources, and a timeline built from its sources and the releases. */
export default async function ConflictPage({ params }: ConflictParams) {
  const { lang, slug } = await params
  const language = languageOf(lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const { data, conflict } = await load(slug)
  const project = data.projects.find((candidate) => candidate.slug === conflict.project)
  const [history, related] = await Promise.all([getReleaseHistory(), (await getCms()).getConflictRelated(slug, language)])
  const moments: Moment[] = [
    { date: conflict.firstReported, text: strings.firstReported },
    ...conflict.sources.map((source) => ({ date: source.date, text: source.title, href: source.url })),
    ...history.flatMap(({ release, snapshot }) => {
      const then = snapshot.conflicts.find((candidate) => candidate.slug === slug)
      return then
        ? [{ date: `${release.month}-99`, text: strings.statusInRelease(monthLabel(release.month, language), strings.statuses[then.status]), href: paths.release(release.month) }]
        : []
    }),
  ].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <>
      <p className="doc-meta">
        <a href={paths.home}>{strings.title}</a> · <span>{strings.conflicts}</span>
      </p>
      <h1>{conflict.title}</h1>
      <MinewatchNotice language={language} />
      <dl className="mw-facts">
        <dt>{strings.project}</dt>
        <dd>{project ? <a href={paths.project(project.slug)}>{project.name}</a> : conflict.project}</dd>
        <dt>{strings.status}</dt>
        <dd>{strings.defensoria(strings.statuses[conflict.status], monthLabel(conflict.reportMonth, language))}</dd>
        <dt>{strings.type}</dt>
        <dd>{strings.types[conflict.type]}</dd>
        {conflict.communities.length > 0 ? (
          <>
            <dt>{strings.communities}</dt>
            <dd>{conflict.communities.join('; ')}</dd>
          </>
        ) : null}
        <dt>{strings.firstReported}</dt>
        <dd>
          <time dateTime={conflict.firstReported}>{conflict.firstReported}</time>
        </dd>
        <dt>{strings.lastUpdated}</dt>
        <dd>
          <time dateTime={conflict.lastUpdated}>{conflict.lastUpdated}</time>
        </dd>
      </dl>
      <p>{conflict.description}</p>

      <h2>{strings.timeline}</h2>
      <ol className="mw-timeline">
        {moments.map((moment, index) => (
          <li key={`${moment.date}-${index}`}>
            {moment.date.endsWith('-99') ? null : <time dateTime={moment.date}>{moment.date}</time>}{' '}
            {moment.href ? <a href={moment.href}>{moment.text}</a> : moment.text}
          </li>
        ))}
      </ol>

      <h2>{strings.sources}</h2>
      <ul>
        {conflict.sources.map((source) => (
          <li key={`${source.url}-${source.date}`}>
            <a href={source.url}>{source.title}</a> (<time dateTime={source.date}>{source.date}</time>)
          </li>
        ))}
      </ul>

      {related.length > 0 ? (
        <>
          <h2>{strings.related}</h2>
          <ul>
            {related.map((item) => (
              <li key={item.path}>
                <a href={item.path}>{item.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href={`${paths.corrections}?record=${encodeURIComponent(conflict.title)}`}>{strings.corrections}</a>
      </p>
    </>
  )
}
