import type { Metadata } from 'next'

import { CorrectionForm } from '../../../../components/minewatch/correction-form'
import { minewatchStrings } from '../../../../i18n/minewatch'
import { minewatchPaths } from '../../../../lib/minewatch-data'
import { languageOf, type Params } from '../../../../lib/route'
import { listingMetadata } from '../../../../lib/seo'

/** Rendered per request: `?record=` fills in which record the reader came from. */
export const dynamic = 'force-dynamic'

type Props = Params & { searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const language = languageOf((await params).lang)
  return { ...listingMetadata({ title: minewatchStrings(language).corrections, path: '/minewatch/corrections', language }), robots: { index: false } }
}

/** Readers' corrections to MineWatch, filed with the cms for researchers. */
export default async function CorrectionsPage({ params, searchParams }: Props) {
  const { lang } = await params
  const language = languageOf(lang)
  const strings = minewatchStrings(language)
  const record = (await searchParams).record
  return (
    <>
      <p className="doc-meta">
        <a href={minewatchPaths(language).home}>{strings.title}</a>
      </p>
      <h1>{strings.corrections}</h1>
      <p>{strings.correctionsIntro}</p>
      <CorrectionForm
        lang={language}
        record={typeof record === 'string' ? record.slice(0, 300) : ''}
        labels={{
          name: strings.name,
          email: strings.email,
          record: strings.record,
          problem: strings.problem,
          source: strings.source,
          send: strings.send,
          sent: strings.sent,
          leaveEmpty: strings.leaveEmpty,
          errorsIntro: [1, 2, 3, 4].map((count) => strings.errorsIntro(count)),
        }}
      />
    </>
  )
}
