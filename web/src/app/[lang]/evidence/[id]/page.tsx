import { sitePath } from '@chasqui/cms-types'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { EvidenceItem } from '../../../../components/evidence/evidence-item'
import { t } from '../../../../i18n'
import { getCms } from '../../../../lib/cms'
import { languageOf, noPrebuiltParams, type Params } from '../../../../lib/route'
import { pageMetadata } from '../../../../lib/seo'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type EvidenceParams = Params<{ id: string }>

const getEvidence = cache(async (id: string) => {
  if (!/^[\w-]{1,64}$/.test(id)) notFound()
  const item = await (await getCms()).getEvidence(id)
  if (!item) notFound()
  return item
})

export async function generateMetadata({ params }: EvidenceParams): Promise<Metadata> {
  const { lang, id } = await params
  const item = await getEvidence(id)
  // One source, one canonical address: the one in the source's own language. The feeds
  // advertised are those of the interface the reader is in.
  return pageMetadata({
    title: item.title,
    description: item.description,
    path: sitePath({ collection: 'evidence', id: item.id }, item.language),
    language: item.language,
    interfaceLanguage: languageOf(lang),
    image: item.image,
  })
}

/** One primary source on its own page, with the case studies that cite it. */
export default async function EvidencePage({ params }: EvidenceParams) {
  const { lang, id } = await params
  const language = languageOf(lang)
  const item = await getEvidence(id)
  const strings = t(language)
  return (
    <div className="document">
      <p className="doc-meta">
        <span className="doc-meta__kind">{strings.evidence}</span>
        <span>{strings.kinds[item.kind]}</span>
      </p>
      <h1>{item.title}</h1>
      <EvidenceItem item={item} language={language} warning={strings.mayDistress} standalone />
      {item.caseStudies.length > 0 ? (
        <section aria-labelledby="cited-in">
          <h2 id="cited-in">{strings.partOfCaseStudies}</h2>
          <ul>
            {item.caseStudies.map((study) => (
              <li key={study.path}>
                <a href={study.path}>{study.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
