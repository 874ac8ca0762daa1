import type { Region } from '@chasqui/cms-types'
import { REGIONS } from '@chasqui/cms-types'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { t } from '../../i18n'
import { getCms } from '../../lib/cms'
import { languageOf, pageNumberOf, type Params } from '../../lib/route'
import { listingMetadata } from '../../lib/seo'
import { regionLabel, regionPath } from '../content/document-meta'
import { pagedPath } from '../feed/pagination'
import { type ListedSection, RegionListing, SectionListing, TopicListing } from './listings'

type PageParam = { page?: string }

/** The pages of a type's listing: `/articles`, `/articles/page/2`, … in each language. */
export function sectionListingRoute(section: ListedSection) {
  const title = (lang: string) => {
    const strings = t(languageOf(lang))
    return section === 'bulletins' ? strings.bulletinArchive : strings.sections[section]
  }
  return {
    async generateMetadata({ params }: Params<PageParam>): Promise<Metadata> {
      const { lang, page } = await params
      return listingMetadata({ title: title(lang), path: pagedPath(`/${section}`)(pageNumberOf(page)), language: languageOf(lang) })
    },
    async Page({ params }: Params<PageParam>) {
      const { lang, page } = await params
      return <SectionListing language={languageOf(lang)} section={section} page={pageNumberOf(page)} />
    },
  }
}

type TopicParams = Params<{ slug: string } & PageParam>

export const topicListingRoute = {
  async generateMetadata({ params }: TopicParams): Promise<Metadata> {
    const { lang, slug, page } = await params
    const language = languageOf(lang)
    const topic = await (await getCms()).getTopic(slug, language)
    if (!topic) notFound()
    const meta = listingMetadata({ title: topic.name, path: pagedPath(`/topics/${topic.slug}`)(pageNumberOf(page)), language })
    return topic.description ? { ...meta, description: topic.description } : meta
  },
  async Page({ params }: TopicParams) {
    const { lang, slug, page } = await params
    return <TopicListing language={languageOf(lang)} slug={slug} page={pageNumberOf(page)} />
  },
}

type RegionParams = Params<{ region: string } & PageParam>

function regionOf(value: string): Region {
  const region = REGIONS.find((candidate) => candidate.value === value)
  if (!region) notFound()
  return region.value
}

export const regionListingRoute = {
  async generateMetadata({ params }: RegionParams): Promise<Metadata> {
    const { lang, region, page } = await params
    const language = languageOf(lang)
    const value = regionOf(region)
    return listingMetadata({ title: regionLabel(value, language), path: pagedPath(regionPath(value))(pageNumberOf(page)), language })
  },
  async Page({ params }: RegionParams) {
    const { lang, region, page } = await params
    return <RegionListing language={languageOf(lang)} region={regionOf(region)} page={pageNumberOf(page)} />
  },
}
