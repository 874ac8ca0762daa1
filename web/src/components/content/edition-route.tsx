import type { WorkSection } from '@chasqui/cms-client'
import { editionPath } from '@chasqui/cms-client'
import type { Metadata } from 'next'
import { notFound, permanentRedirect, redirect } from 'next/navigation'
import { cache } from 'react'

import { getCms } from '../../lib/cms'
import { enterMemberView } from '../../lib/members/viewer'
import { getSiteGlobals, languageOf, type Params } from '../../lib/route'
import { pageMetadata } from '../../lib/seo'
import { articleLd, caseStudyLd, pageLd, reportLd, translationLd } from '../../lib/structured-data'
import { JsonLd } from './json-ld'
import { ArticleTemplate, CaseStudyTemplate, PageTemplate, ReportTemplate, TranslationTemplate } from './templates'

type SlugParams = Params<{ slug: string }>

function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug)
  } catch {
    notFound()
  }
}

const getEdition = cache(async (section: WorkSection, slug: string, lang: string) =>
  (await getCms()).getEdition(section, decodeSlug(slug), languageOf(lang)),
)

/**
 * The edition at this address, or wherever an editor (or a slug change) sent its old
 * address, or a 404.
 */
async function editionOrRedirect(section: WorkSection, slug: string, lang: string) {
  const edition = await getEdition(section, slug, lang)
  if (edition) return edition
  const moved = await (await getCms()).findRedirect(editionPath(section, decodeSlug(slug), languageOf(lang)))
  if (moved) (moved.permanent ? permanentRedirect : redirect)(moved.to)
  notFound()
}

/** An article, report, case study or background page — original or translation — at its slug. */
export function editionRoute(section: WorkSection) {
  return {
    async generateMetadata({ params }: SlugParams): Promise<Metadata> {
      const { lang, slug } = await params
      const edition = await editionOrRedirect(section, slug, lang)
      const image = 'heroImage' in edition ? edition.heroImage : 'cover' in edition ? edition.cover : null
      return pageMetadata({
        title: edition.title,
        description: edition.summary,
        path: edition.path,
        language: edition.language,
        editions: edition.editions,
        seo: edition.seo,
        image,
        type: section === 'pages' ? 'website' : 'article',
        publishedAt: edition.publishedAt,
        updatedAt: edition.updatedAt,
      })
    },
    async Page({ params }: SlugParams) {
      const { lang, slug } = await params
      const edition = await editionOrRedirect(section, slug, lang)
      const globals = await getSiteGlobals(edition.language)
      const org = { name: globals.organisation ?? globals.siteName }
      switch (edition.type) {
        case 'article':
          return (
            <>
              <JsonLd data={articleLd(edition, org)} />
              <ArticleTemplate article={edition} language={edition.language} />
            </>
          )
        case 'report':
          return (
            <>
              <JsonLd data={reportLd(edition, org)} />
              <ReportTemplate report={edition} language={edition.language} />
            </>
          )
        case 'case-study':
          return (
            <>
              <JsonLd data={caseStudyLd(edition, org)} />
              <CaseStudyTemplate study={edition} language={edition.language} />
            </>
          )
        case 'page':
          return (
            <>
              <JsonLd data={pageLd(edition)} />
              <PageTemplate page={edition} language={edition.language} />
            </>
          )
        case 'translation':
          return (
            <>
              <JsonLd data={translationLd(edition, org)} />
              <TranslationTemplate edition={edition} language={edition.language} />
            </>
          )
      }
    },
  }
}

/**
 * The same pages for a visitor with the member cookie (next.config.ts routes them to the
 * member-view routes): read with their session, rendered per request, never cached.
 */
export function memberEditionRoute(section: WorkSection) {
  const route = editionRoute(section)
  return {
    async generateMetadata(props: SlugParams): Promise<Metadata> {
      await enterMemberView()
      return route.generateMetadata(props)
    },
    async Page(props: SlugParams) {
      await enterMemberView()
      return route.Page(props)
    },
  }
}
