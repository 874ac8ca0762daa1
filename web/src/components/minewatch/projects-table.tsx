import { CONFLICT_STATUSES, type Language, LISTINGS, MINERALS, PROJECT_STAGES, REGIONS } from '@chasqui/cms-types'

import type { MinewatchStrings } from '../../i18n/minewatch'
import { SORT_KEYS, type SortKey, type TableQuery, tableQueryString, type TableRow } from '../../lib/minewatch'
import { regionLabel } from '../content/document-meta'

type Props = {
  rows: TableRow[]
  total: number
  query: TableQuery
  action: string
  language: Language
  strings: MinewatchStrings
  paths: { company: (slug: string) => string; project: (slug: string) => string }
}

/**
 * The MineWatch table: a GET form of filters and column headers that are links, so
 * filtering and sorting work without JavaScript, by keyboard, and every view has an address.
 */
export function ProjectsTable({ rows, total, query, action, language, strings, paths }: Props) {
  const columns: Record<SortKey, string> = {
    company: strings.company,
    listing: strings.listing,
    project: strings.project,
    region: strings.region,
    mineral: strings.minerals,
    stage: strings.stage,
    status: strings.status,
  }
  const select = (name: 'listing' | 'region' | 'mineral' | 'stage' | 'status', label: string, options: { value: string; label: string }[]) => (
    <p className="mw-filter">
      <label htmlFor={`mw-${name}`}>{label}</label>
      <select id={`mw-${name}`} name={name} defaultValue={query[name] ?? ''}>
        <option value="">{strings.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  )
  return (
    <section aria-labelledby="mw-table">
      <h2 id="mw-table">{strings.table}</h2>
      <form className="mw-filters" action={action} method="get" aria-label={strings.filter}>
        <p className="mw-filter">
          <label htmlFor="mw-q">{strings.search}</label>
          <input id="mw-q" name="q" type="search" defaultValue={query.q} maxLength={100} />
        </p>
        {select('listing', strings.listing, LISTINGS.map(({ value }) => ({ value, label: strings.listings[value] })))}
        {select(
          'region',
          strings.region,
          REGIONS.filter(({ value }) => value !== 'national').map(({ value }) => ({ value, label: regionLabel(value, language) })),
        )}
        {select('mineral', strings.mineral, MINERALS.map(({ value }) => ({ value, label: strings.mineralNames[value] })))}
        {select('stage', strings.stage, PROJECT_STAGES.map(({ value }) => ({ value, label: strings.stages[value] })))}
        {select('status', strings.status, [
          ...CONFLICT_STATUSES.map(({ value }) => ({ value, label: strings.statuses[value] })),
          { value: 'none', label: strings.noConflict },
        ])}
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <p className="mw-filter mw-filter--actions">
          <button type="submit">{strings.apply}</button> <a href={`${action}#mw-table`}>{strings.clear}</a>
        </p>
      </form>
      <div className="mw-table-wrap" role="region" aria-labelledby="mw-caption" tabIndex={0}>
        <table className="mw-table">
          <caption id="mw-caption">{strings.tableCaption(rows.length, total)}</caption>
          <thead>
            <tr>
              {SORT_KEYS.map((key) => {
                const active = query.sort === key
                const dir = active && query.dir === 'asc' ? 'desc' : 'asc'
                const href = `${action}${tableQueryString({ ...query, sort: key, dir })}#mw-table`
                return (
                  <th key={key} scope="col" aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <a href={href}>
                      {columns[key]}
                      <span className="visually-hidden">
                        {' '}
                        ({active ? (query.dir === 'asc' ? strings.sortedAsc : strings.sortedDesc) : strings.sortBy(columns[key])})
                      </span>
                      {active ? <span aria-hidden="true">{query.dir === 'asc' ? ' ▲' : ' ▼'}</span> : null}
                    </a>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.project}/${row.company}`}>
                <td>
                  <a href={paths.company(row.company)}>{row.companyName}</a>
                </td>
                <td>{strings.listings[row.listing]}</td>
                <td>
                  <a href={paths.project(row.project)}>{row.projectName}</a>
                </td>
                <td>{regionLabel(row.region, language)}</td>
                <td>{row.minerals.map((mineral) => strings.mineralNames[mineral]).join(', ')}</td>
                <td>{strings.stages[row.stage]}</td>
                <td>{row.status ? strings.statuses[row.status] : strings.noConflict}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 ? <p>{strings.noRows}</p> : null}
    </section>
  )
}
