import { REGIONS } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { regionLabel, regionPath } from '../../../components/content/document-meta'
import { localePath, t } from '../../../i18n'
import { getCms } from '../../../lib/cms'
import { languageOf, type Params } from '../../../lib/route'
import { listingMetadata } from '../../../lib/seo'

export const revalidate = 300

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return listingMetadata({ title: t(language).regions, path: '/regions', language })
}

/**
 * Every region with something published about it, A–Z in the page's language, with how
 * much: one cached count per region (the listing's own query, one entry long), so the
 * numbers are the listings' totals.
 */
export default async function RegionsPage({ params }: Params) {
  const language = languageOf((await params).lang)
  const strings = t(language)
  const cms = await getCms()
  const counted = await Promise.all(
    REGIONS.map(async ({ value }) => ({ value, label: regionLabel(value, language), count: (await cms.listFeed({ language, region: value, limit: 1 })).totalItems })),
  )
  const collator = new Intl.Collator(language)
  const regions = counted.filter((region) => region.count > 0).sort((a, b) => collator.compare(a.label, b.label))
  return (
    <>
      <h1>{strings.regions}</h1>
      {regions.length === 0 ? (
        <p className="empty">{strings.nothingYet}</p>
      ) : (
        <ul className="topic-list">
          {regions.map((region) => (
            <li key={region.value}>
              <a href={localePath(language, regionPath(region.value))}>{region.label}</a>
              <p>{strings.publishedCount(region.count)}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
