import type { Metadata } from 'next'

import { pagedPath } from '../../../../components/feed/pagination'
import { HomeListing } from '../../../../components/listing/listings'
import { t } from '../../../../i18n'
import { languageOf, noPrebuiltParams, pageNumberOf, type Params } from '../../../../lib/route'
import { listingMetadata } from '../../../../lib/seo'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type PageParams = Params<{ page: string }>

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { lang, page } = await params
  const language = languageOf(lang)
  return listingMetadata({ title: t(language).latest, path: pagedPath('/')(pageNumberOf(page)), language })
}

/** The home feed's later pages: /page/2, /es/page/2. */
export default async function HomeFeedPage({ params }: PageParams) {
  const { lang, page } = await params
  return <HomeListing language={languageOf(lang)} page={pageNumberOf(page)} />
}
