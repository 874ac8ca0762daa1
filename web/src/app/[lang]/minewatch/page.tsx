import { MINEWATCH_DATASETS } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { BarChart } from '../../../components/minewatch/bar-chart'
import { ProjectsTable } from '../../../components/minewatch/projects-table'
import { RegionMap } from '../../../components/minewatch/region-map'
import { SampleNotice } from '../../../components/minewatch/sample-notice'
import { getEnv } from '../../../env'
import { minewatchStrings } from '../../../i18n/minewatch'
import {
  conflictsByMineral,
  conflictsByRegion,
  filterRows,
  headline,
  monthLabel,
  openConflicts,
  parseTableQuery,
  tableQueryString,
  tableRows,
} from '../../../lib/minewatch'
import { getCurrentRelease, getReleaseHistory, minewatchPaths } from '../../../lib/minewatch-data'
import { languageOf, type Params } from '../../../lib/route'
import { listingMetadata } from '../../../lib/seo'
import { regionLabel } from '../../../components/content/document-meta'

/** Rendered per request (the query string filters the table); the cms reads are cached with tags. */
export const dynamic = 'force-dynamic'

type PageProps = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return listingMetadata({ title: minewatchStrings(language).title, path: '/minewatch', language })
}

/** MineWatch: headline figures, the filterable table, the map and charts, from the current release. */
export default async function MinewatchPage({ params, searchParams }: PageProps) {
  const language = languageOf((await params).lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const current = await getCurrentRelease()
  if (!current) {
    return (
      <>
        <h1>{strings.title}</h1>
        <p>{strings.intro}</p>
        <p>{strings.noRelease}</p>
      </>
    )
  }
  const { release, snapshot } = current
  const month = monthLabel(release.month, language)
  const figures = headline(snapshot)
  const query = parseTableQuery(await searchParams)
  const allRows = tableRows(snapshot)
  const rows = filterRows(allRows, query, (key, row) =>
    key === 'company'
      ? row.companyName
      : key === 'project'
        ? row.projectName
        : key === 'listing'
          ? strings.listings[row.listing]
          : key === 'region'
            ? regionLabel(row.region, language)
            : key === 'mineral'
              ? row.minerals.map((mineral) => strings.mineralNames[mineral]).join(', ')
              : key === 'stage'
                ? strings.stages[row.stage]
                : '',
  )
  const history = await getReleaseHistory()

  return (
    <>
      <h1>{strings.title}</h1>
      {release.sampleData ? <SampleNotice text={strings.sampleData} /> : null}
      <p className="standfirst">{strings.intro}</p>
      <p>
        <a href={paths.release(release.month)}>{strings.currentRelease(month)}</a> <a href={paths.releases}>{strings.releaseArchive}</a> ·{' '}
        <a href={paths.corrections}>{strings.corrections}</a>
      </p>
      <p>
        {strings.downloadLive}:{' '}
        {MINEWATCH_DATASETS.map((dataset, index) => (
          <span key={dataset}>
            {index > 0 ? ', ' : null}
            <a href={`${getEnv().cmsPublicUrl}/api/minewatch/export/${dataset}`}>{strings.datasets[dataset]}</a>
          </span>
        ))}
      </p>

      <section aria-labelledby="mw-figures">
        <h2 id="mw-figures">{strings.figures}</h2>
        <dl className="mw-figures">
          <div>
            <dt>{strings.firms}</dt>
            <dd>{figures.firms}</dd>
          </div>
          <div>
            <dt>{strings.firmsInConflict}</dt>
            <dd>{figures.firmsInConflict}</dd>
          </div>
          <div>
            <dt>{strings.share}</dt>
            <dd>{figures.share}%</dd>
          </div>
        </dl>
        <table className="mw-table mw-table--compact">
          <caption>{strings.byListing}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.listingCol}</th>
              <th scope="col">{strings.firmsCol}</th>
              <th scope="col">{strings.inConflictCol}</th>
            </tr>
          </thead>
          <tbody>
            {figures.byListing.map((entry) => (
              <tr key={entry.listing}>
                <th scope="row">{strings.listings[entry.listing]}</th>
                <td>{entry.firms}</td>
                <td>{entry.firmsInConflict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <ProjectsTable
        rows={rows}
        total={allRows.length}
        query={query}
        action={paths.home}
        language={language}
        strings={strings}
        paths={{ company: paths.company, project: paths.project }}
      />

      <RegionMap
        counts={conflictsByRegion(snapshot)}
        language={language}
        strings={strings}
        tableHref={(region) => `${paths.home}${tableQueryString({ ...parseTableQuery({}), region })}#mw-table`}
      />

      <div className="mw-charts">
        <BarChart
          id="mw-by-region"
          title={strings.map}
          description={strings.chartDescription}
          items={conflictsByRegion(snapshot)
            .filter((entry) => entry.count > 0)
            .map((entry) => ({ label: regionLabel(entry.key, language), value: entry.count }))}
        />
        <BarChart
          id="mw-by-mineral"
          title={strings.byMineral}
          description={strings.chartDescription}
          items={conflictsByMineral(snapshot).map((entry) => ({ label: strings.mineralNames[entry.key], value: entry.count }))}
        />
        <BarChart
          id="mw-over-releases"
          title={strings.overReleases}
          description={strings.chartDescription}
          items={history.map((entry) => ({ label: monthLabel(entry.release.month, language), value: openConflicts(entry.snapshot) }))}
        />
      </div>
    </>
  )
}
