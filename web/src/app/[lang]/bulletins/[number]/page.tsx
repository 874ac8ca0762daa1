import { DEFAULT_LOCALE, sitePath } from '@chasqui/cms-types'
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { BulletinTemplate } from '../../../../components/content/templates'
import { JsonLd } from '../../../../components/content/json-ld'
import { getCms } from '../../../../lib/cms'
import { getSiteGlobals, languageOf, noPrebuiltParams, type Params } from '../../../../lib/route'
import { pageMetadata } from '../../../../lib/seo'
import { bulletinLd } from '../../../../lib/structured-data'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type BulletinParams = Params<{ number: string }>

/**
 * The bulletin is published in English only, at one address: the Spanish site's links
 * lead there.
 */
const getBulletin = cache(async (lang: string, number: string) => {
  const language = languageOf(lang)
  if (!/^[1-9]\d{0,5}$/.test(number)) notFound()
  if (language !== DEFAULT_LOCALE) permanentRedirect(sitePath({ collection: 'bulletins', number: Number(number) }))
  const bulletin = await (await getCms()).getBulletin(Number(number))
  if (!bulletin) notFound()
  return bulletin
})

export async function generateMetadata({ params }: BulletinParams): Promise<Metadata> {
  const { lang, number } = await params
  const bulletin = await getBulletin(lang, number)
  return pageMetadata({
    title: bulletin.title,
    description: bulletin.summary ?? bulletin.period,
    path: bulletin.path,
    language: DEFAULT_LOCALE,
    seo: bulletin.seo,
    image: bulletin.cover,
    type: 'article',
    publishedAt: bulletin.publishedAt,
  })
}

export default async function BulletinPage({ params }: BulletinParams) {
  const { lang, number } = await params
  const bulletin = await getBulletin(lang, number)
  const globals = await getSiteGlobals(DEFAULT_LOCALE)
  return (
    <>
      <JsonLd data={bulletinLd(bulletin, { name: globals.organisation ?? globals.siteName })} />
      <BulletinTemplate bulletin={bulletin} language={DEFAULT_LOCALE} />
    </>
  )
}
