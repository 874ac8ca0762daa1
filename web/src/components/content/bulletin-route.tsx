import { DEFAULT_LOCALE, sitePath } from '@chasqui/cms-types'
import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'

import { BulletinTemplate } from './templates'
import { JsonLd } from './json-ld'
import { getCms } from '../../lib/cms'
import { enterMemberView } from '../../lib/members/viewer'
import { getSiteGlobals, languageOf, type Params } from '../../lib/route'
import { pageMetadata } from '../../lib/seo'
import { bulletinLd } from '../../lib/structured-data'

export type BulletinParams = Params<{ number: string }>

/**
 * The bulletin is published in English only, at one address: the Spanish site's links
 * lead there.
 */
const getBulletin = cache(async (lang: string, number: string, memberView: boolean) => {
  const language = languageOf(lang)
  if (memberView) await enterMemberView()
  if (!/^[1-9]\d{0,5}$/.test(number)) notFound()
  if (language !== DEFAULT_LOCALE) permanentRedirect(sitePath({ collection: 'bulletins', number: Number(number) }))
  const bulletin = await (await getCms()).getBulletin(Number(number))
  if (!bulletin) notFound()
  return bulletin
})

/** A bulletin at its number; `memberView`: read with the member's session (member-view routes). */
export function bulletinRoute({ memberView }: { memberView: boolean }) {
  return {
    async generateMetadata({ params }: BulletinParams): Promise<Metadata> {
      const { lang, number } = await params
      const bulletin = await getBulletin(lang, number, memberView)
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
    },
    async Page({ params }: BulletinParams) {
      const { lang, number } = await params
      const bulletin = await getBulletin(lang, number, memberView)
      const globals = await getSiteGlobals(DEFAULT_LOCALE)
      return (
        <>
          <JsonLd data={bulletinLd(bulletin, { name: globals.organisation ?? globals.siteName })} />
          <BulletinTemplate bulletin={bulletin} language={DEFAULT_LOCALE} />
        </>
      )
    },
  }
}
