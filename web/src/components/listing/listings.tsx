import type { Paginated, FeedItem, Section } from '@chasqui/cms-client'
import type { Language, Region } from '@chasqui/cms-types'
import { notFound } from 'next/navigation'

import { localePath, t } from '../../i18n'
import { getCms } from '../../lib/cms'
import { getSiteGlobals } from '../../lib/route'
import { FeedList } from '../feed/feed-item'
import { Pagination, pagedPath } from '../feed/pagination'
import { regionLabel, regionPath } from '../content/document-meta'
import { linkHref } from '../layout/nav-links'

/** How many entries a listing page shows. */
export const PAGE_SIZE = 20

/**
 * How many entries each page of the home feed shows: about what the organisation's own
 * home page listed, under the featured items and the pitch. Half a listing page keeps the
 * most visited page light to parse and hydrate (its HTML and the React payload that
 * repeats it), which its Lighthouse score depends on.
 */
export const HOME_PAGE_SIZE = 10

/** The sections with a listing of their own, as they appear in URLs. */
export const LISTED_SECTIONS = ['articles', 'reports', 'case-studies', 'bulletins'] as const
export type ListedSection = (typeof LISTED_SECTIONS)[number]

/** A page past the end is not a page. */
function within<T>(result: Paginated<T>, page: number): Paginated<T> {
  if (page > 1 && page > result.totalPages) notFound()
  return result
}

function Listing({
  title,
  intro,
  result,
  language,
  base,
}: {
  title: string
  intro?: string | null
  result: Paginated<FeedItem>
  language: Language
  base: string
}) {
  return (
    <>
      <h1>{title}</h1>
      {intro ? <p className="standfirst">{intro}</p> : null}
      <FeedList items={result.items} language={language} />
      <Pagination page={result.page} totalPages={result.totalPages} language={language} hrefFor={pagedPath(localePath(language, base))} />
    </>
  )
}

/** The home page: featured items and the membership pitch on page 1, then the mixed feed. */
export async function HomeListing({ language, page }: { language: Language; page: number }) {
  const cms = await getCms()
  const [globals, feed] = await Promise.all([getSiteGlobals(language), cms.listFeed({ language, page, limit: HOME_PAGE_SIZE })])
  within(feed, page)
  const strings = t(language)
  const { featured, pitch } = globals.home
  return (
    <>
      <h1 className={page === 1 ? 'visually-hidden' : undefined}>{page === 1 ? globals.siteName : `${strings.latest} — ${strings.page(page, feed.totalPages)}`}</h1>
      {page === 1 && featured.length > 0 ? (
        <section aria-labelledby="featured-title" className="featured">
          <h2 id="featured-title">{strings.featured}</h2>
          <FeedList items={featured} language={language} headingLevel={3} />
        </section>
      ) : null}
      {page === 1 && pitch ? (
        <aside aria-labelledby="pitch-title" className="pitch">
          <h2 id="pitch-title">{pitch.heading}</h2>
          {pitch.points.length > 0 ? (
            <ul>
              {pitch.points.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : null}
          {pitch.link ? (
            <p>
              <a className="button" href={linkHref(pitch.link, language)}>
                {pitch.link.label}
              </a>
            </p>
          ) : null}
        </aside>
      ) : null}
      <section aria-labelledby="latest-title">
        {page === 1 ? <h2 id="latest-title">{strings.latest}</h2> : <h2 id="latest-title" className="visually-hidden">{strings.latest}</h2>}
        <FeedList items={feed.items} language={language} headingLevel={3} />
      </section>
      <Pagination page={feed.page} totalPages={feed.totalPages} language={language} hrefFor={pagedPath(localePath(language, '/'))} />
    </>
  )
}

/** A type's listing: articles, reports, case studies or the bulletin archive. */
export async function SectionListing({ language, section, page }: { language: Language; section: ListedSection; page: number }) {
  const result = within(await (await getCms()).listFeed({ language, section: section as Section, page, limit: PAGE_SIZE }), page)
  const strings = t(language)
  return <Listing title={section === 'bulletins' ? strings.bulletinArchive : strings.sections[section]} result={result} language={language} base={`/${section}`} />
}

export async function TopicListing({ language, slug, page }: { language: Language; slug: string; page: number }) {
  const cms = await getCms()
  const topic = await cms.getTopic(slug, language)
  if (!topic) notFound()
  const result = within(await cms.listFeed({ language, topicId: topic.id, page, limit: PAGE_SIZE }), page)
  return <Listing title={topic.name} intro={topic.description} result={result} language={language} base={`/topics/${topic.slug}`} />
}

export async function RegionListing({ language, region, page }: { language: Language; region: Region; page: number }) {
  const result = within(await (await getCms()).listFeed({ language, region, page, limit: PAGE_SIZE }), page)
  return <Listing title={regionLabel(region, language)} result={result} language={language} base={regionPath(region)} />
}
