import { MINEWATCH_DATASETS, type SnapshotConflict } from '@chasqui/cms-types'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { JsonLd } from '../../../../../components/content/json-ld'
import { SampleNotice } from '../../../../../components/minewatch/sample-notice'
import { minewatchStrings } from '../../../../../i18n/minewatch'
import { formatDate } from '../../../../../lib/format'
import { diffReleases, monthLabel } from '../../../../../lib/minewatch'
import { getReleases, getSnapshot, isMonth, minewatchPaths } from '../../../../../lib/minewatch-data'
import { getSiteGlobals, languageOf, type Params } from '../../../../../lib/route'
import { absolute, listingMetadata } from '../../../../../lib/seo'
import { minewatchDatasetLd } from '../../../../../lib/structured-data'
import { HTML_LANG } from '../../../../../i18n'

/** Rendered per request: `?compare=` picks the release to compare with. */
export const dynamic = 'force-dynamic'

type ReleaseProps = Params<{ month: string }> & { searchParams: Promise<Record<string, string | string[] | undefined>> }

async function load(month: string) {
  if (!isMonth(month)) notFound()
  const releases = await getReleases()
  const index = releases.findIndex((release) => release.month === month)
  const release = releases[index]
  if (!release) notFound()
  const snapshot = await getSnapshot(month)
  if (!snapshot) notFound()
  return { releases, release, snapshot, previous: releases[index + 1] }
}

export async function generateMetadata({ params }: Params<{ month: string }>): Promise<Metadata> {
  const { lang, month } = await params
  const language = languageOf(lang)
  await load(month)
  return listingMetadata({ title: minewatchStrings(language).release(monthLabel(month, language)), path: `/minewatch/releases/${month}`, language })
}

/** One release: summary, citation, downloads, and what changed since another release. */
export default async function ReleasePage({ params, searchParams }: ReleaseProps) {
  const { lang, month } = await params
  const language = languageOf(lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const { releases, release, snapshot, previous } = await load(month)
  const asked = (await searchParams).compare
  const compareMonth = typeof asked === 'string' && releases.some((other) => other.month === asked && other.month !== month) ? asked : previous?.month
  const base = compareMonth ? await getSnapshot(compareMonth) : null
  const diff = base ? diffReleases(base, snapshot) : null
  const globals = await getSiteGlobals(language)
  const org = globals.organisation ?? globals.siteName
  const name = strings.release(monthLabel(month, language))
  const path = paths.release(month)
  const downloads = [
    ...MINEWATCH_DATASETS.map((dataset) => ({ dataset, file: `${dataset}.csv`, format: 'text/csv', label: strings.downloadCsv(strings.datasets[dataset]) })),
    { dataset: 'all', file: 'minewatch.json', format: 'application/json', label: strings.downloadJson },
  ]
  const conflictList = (conflicts: SnapshotConflict[]) =>
    conflicts.length === 0 ? (
      <p>{strings.none}</p>
    ) : (
      <ul>
        {conflicts.map((conflict) => (
          <li key={conflict.slug}>
            <a href={paths.conflict(conflict.slug)}>{conflict.title}</a> — {strings.statuses[conflict.status]}
          </li>
        ))}
      </ul>
    )

  return (
    <>
      <JsonLd
        data={minewatchDatasetLd(
          { month, summary: release.summary, publishedAt: release.publishedAt, name, path },
          downloads.map((download) => ({ path: paths.download(month, download.file), format: download.format })),
          { name: org },
        )}
      />
      <p className="doc-meta">
        <a href={paths.home}>{strings.title}</a> · <a href={paths.releases}>{strings.releaseArchive}</a>
      </p>
      <h1>{name}</h1>
      {release.sampleData ? <SampleNotice text={strings.sampleData} /> : null}
      {/* Release notes are written once, in English (the field is not translated). */}
      <p lang={language === 'en' ? undefined : HTML_LANG.en}>{release.summary}</p>
      <p>
        {strings.publishedOn}: <time dateTime={release.publishedAt}>{formatDate(release.publishedAt, language)}</time>
      </p>

      <h2>{strings.citation}</h2>
      <p className="mw-citation">{strings.citeAs(org, monthLabel(month, language), absolute(path))}</p>

      <h2>{strings.downloads}</h2>
      <ul>
        {downloads.map((download) => (
          <li key={download.file}>
            <a href={paths.download(month, download.file)} download={`minewatch-${month}-${download.file}`}>
              {download.label}
            </a>
          </li>
        ))}
      </ul>

      <h2 id="mw-changes">{strings.changes}</h2>
      {releases.length > 1 ? (
        <form action={path} method="get" className="mw-filters">
          <p className="mw-filter">
            <label htmlFor="mw-compare">{strings.compare}</label>
            <select id="mw-compare" name="compare" defaultValue={compareMonth}>
              {releases
                .filter((other) => other.month !== month)
                .map((other) => (
                  <option key={other.month} value={other.month}>
                    {monthLabel(other.month, language)}
                  </option>
                ))}
            </select>
          </p>
          <p className="mw-filter mw-filter--actions">
            <button type="submit">{strings.compareButton}</button>
          </p>
        </form>
      ) : null}
      {diff && compareMonth ? (
        <section aria-labelledby="mw-diff">
          <h3 id="mw-diff">{strings.changesSince(monthLabel(compareMonth, language))}</h3>
          <h4>{strings.added}</h4>
          {conflictList(diff.added)}
          <h4>{strings.resolved}</h4>
          {conflictList(diff.resolved)}
          <h4>{strings.updatedConflicts}</h4>
          {conflictList(diff.updated)}
          {diff.removed.length > 0 ? (
            <>
              <h4>{strings.removed}</h4>
              {conflictList(diff.removed)}
            </>
          ) : null}
        </section>
      ) : (
        <p>{strings.firstRelease}</p>
      )}
    </>
  )
}
