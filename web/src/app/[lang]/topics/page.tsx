import { sitePath } from '@chasqui/cms-types'
import type { Metadata } from 'next'

import { localePath, t } from '../../../i18n'
import { getCms } from '../../../lib/cms'
import { languageOf, type Params } from '../../../lib/route'
import { listingMetadata } from '../../../lib/seo'

export const revalidate = 300

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return listingMetadata({ title: t(language).topics, path: '/topics', language })
}

export default async function TopicsPage({ params }: Params) {
  const language = languageOf((await params).lang)
  const strings = t(language)
  const topics = await (await getCms()).listTopics(language)
  return (
    <>
      <h1>{strings.topics}</h1>
      {topics.length === 0 ? (
        <p className="empty">{strings.nothingYet}</p>
      ) : (
        <ul className="topic-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <a href={localePath(language, sitePath({ collection: 'topics', slug: topic.slug }))}>{topic.name}</a>
              {topic.description ? <p>{topic.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
