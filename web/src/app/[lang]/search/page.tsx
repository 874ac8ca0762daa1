import { REGIONS, LANGUAGES } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { regionLabel } from '../../../components/content/document-meta'
import { FeedList } from '../../../components/feed/feed-item'
import { Pagination } from '../../../components/feed/pagination'
import { PAGE_SIZE } from '../../../components/listing/listings'
import { languageName, localePath, t } from '../../../i18n'
import { getCms } from '../../../lib/cms'
import { languageOf, type Params } from '../../../lib/route'
import { FIRST_YEAR, parseSearchParams, SEARCHABLE_SECTIONS, searchQueryString } from '../../../lib/search-params'
import { listingMetadata } from '../../../lib/seo'

/**
 * Rendered per request (the query string is the page). Its CMS reads are still cached
 * with tags, and server.mjs lets shared caches hold anonymous results briefly.
 */
export const dynamic = 'force-dynamic'

type SearchPageProps = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return { ...listingMetadata({ title: t(language).search, path: '/search', language }), robots: { index: false, follow: true } }
}

/** Search with filters: a plain GET form, so it works without JavaScript and every result page has an address. */
export default async function SearchPage({ params, searchParams }: SearchPageProps) {
  const language = languageOf((await params).lang)
  const strings = t(language)
  const currentYear = new Date().getFullYear()
  const { search, ignored } = parseSearchParams(await searchParams, currentYear)
  const cms = await getCms()
  const topics = await cms.listTopics(language)
  const topic = search.topic ? topics.find((candidate) => candidate.slug === search.topic) : undefined
  if (search.topic && !topic) ignored.push('topic')
  const filtered = Boolean(search.section || topic || search.region || search.year || search.language)
  const asked = Boolean(search.query) || filtered
  const result = asked
    ? await cms.search({
        query: search.query,
        section: search.section,
        topic: topic?.id,
        region: search.region,
        year: search.year,
        language: search.language,
        page: search.page,
        limit: PAGE_SIZE,
      })
    : null
  const action = localePath(language, '/search')
  const hrefFor = (page: number) => `${action}${searchQueryString(search, page)}`
  // A page number past the last page (an old link, a hand-edited address): say where the results end.
  const pastTheEnd = result !== null && result.items.length === 0 && result.totalItems > 0
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, index) => currentYear - index)
  // What the reader sees the filters called, not their names in the address.
  const filterLabels: Record<string, string> = {
    type: strings.filterType,
    topic: strings.filterTopic,
    region: strings.filterRegion,
    year: strings.filterYear,
    language: strings.filterLanguage,
    page: strings.pageNumber,
  }

  return (
    <>
      <h1>{strings.search}</h1>
      <form className="search-form" action={action} method="get" role="search">
        <p className="search-box">
          <label htmlFor="search-q">{strings.searchLabel}</label>
          <input id="search-q" name="q" type="search" defaultValue={search.query} placeholder={strings.searchPlaceholder} maxLength={200} />
          <button type="submit">{strings.search}</button>
        </p>
        <fieldset className="search-filters">
          <legend>{strings.filters}</legend>
          <p>
            <label htmlFor="search-type">{strings.filterType}</label>
            <select id="search-type" name="type" defaultValue={search.section ?? ''}>
              <option value="">{strings.any}</option>
              {SEARCHABLE_SECTIONS.map((section) => (
                <option key={section} value={section}>
                  {strings.sections[section]}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="search-topic">{strings.filterTopic}</label>
            <select id="search-topic" name="topic" defaultValue={topic?.slug ?? ''}>
              <option value="">{strings.any}</option>
              {topics.map((candidate) => (
                <option key={candidate.id} value={candidate.slug}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="search-region">{strings.filterRegion}</label>
            <select id="search-region" name="region" defaultValue={search.region ?? ''}>
              <option value="">{strings.any}</option>
              {REGIONS.map((region) => (
                <option key={region.value} value={region.value}>
                  {regionLabel(region.value, language)}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="search-year">{strings.filterYear}</label>
            <select id="search-year" name="year" defaultValue={search.year ? String(search.year) : ''}>
              <option value="">{strings.any}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="search-language">{strings.filterLanguage}</label>
            <select id="search-language" name="language" defaultValue={search.language ?? ''}>
              <option value="">{strings.any}</option>
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {languageName(code, language)}
                </option>
              ))}
            </select>
          </p>
          <p className="search-actions">
            <button type="submit">{strings.apply}</button>
            {filtered ? <a href={`${action}${searchQueryString({ query: search.query, page: 1 }, 1)}`}>{strings.clearFilters}</a> : null}
          </p>
        </fieldset>
      </form>
      {ignored.length > 0 ? (
        <p className="notice" role="status">
          {strings.ignoredFilters(ignored.map((name) => filterLabels[name] ?? name).join(', '))}
        </p>
      ) : null}
      {result ? (
        <section aria-labelledby="results-title" className="search-results">
          <h2 id="results-title">{strings.searchResults}</h2>
          <p role="status">{strings.resultsCount(result.totalItems)}</p>
          {pastTheEnd ? (
            <p className="empty">
              {strings.resultsEndAt(result.totalPages)} <a href={hrefFor(result.totalPages)}>{strings.goToPage(result.totalPages)}</a>
            </p>
          ) : result.items.length === 0 ? (
            <p className="empty">{strings.noResults}</p>
          ) : (
            <FeedList items={result.items} language={language} headingLevel={3} />
          )}
          {pastTheEnd ? null : <Pagination page={result.page} totalPages={result.totalPages} language={language} hrefFor={hrefFor} />}
        </section>
      ) : (
        <p className="empty">{strings.searchHint}</p>
      )}
    </>
  )
}
