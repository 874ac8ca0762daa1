import type { Metadata } from 'next'

import { minewatchStrings } from '../../../../i18n/minewatch'
import { monthLabel } from '../../../../lib/minewatch'
import { getReleases, minewatchPaths } from '../../../../lib/minewatch-data'
import { languageOf, type Params } from '../../../../lib/route'
import { listingMetadata } from '../../../../lib/seo'
import { HTML_LANG } from '../../../../i18n'

export const revalidate = 300

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return listingMetadata({ title: minewatchStrings(language).releaseArchive, path: '/minewatch/releases', language })
}

/** Every published MineWatch release, newest first. */
export default async function ReleasesPage({ params }: Params) {
  const language = languageOf((await params).lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const releases = await getReleases()
  return (
    <>
      <p className="doc-meta">
        <a href={paths.home}>{strings.title}</a>
      </p>
      <h1>{strings.releaseArchive}</h1>
      {releases.length === 0 ? <p>{strings.noRelease}</p> : null}
      <ul className="mw-releases">
        {releases.map((release) => (
          <li key={release.month}>
            <a href={paths.release(release.month)}>{strings.release(monthLabel(release.month, language))}</a>
            {/* Release notes are written once, in English (the field is not translated). */}
            <p lang={language === 'en' ? undefined : HTML_LANG.en}>{release.summary}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
