import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { regionLabel } from '../../../../../components/content/document-meta'
import { minewatchStrings } from '../../../../../i18n/minewatch'
import { getLiveData, isSlug, minewatchPaths } from '../../../../../lib/minewatch-data'
import { languageOf, noPrebuiltParams, type Params } from '../../../../../lib/route'
import { listingMetadata } from '../../../../../lib/seo'
import { MinewatchNotice } from '../../../../../components/minewatch/minewatch-notice'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type CompanyParams = Params<{ slug: string }>

async function load(slug: string) {
  if (!isSlug(slug)) notFound()
  const data = await getLiveData()
  const company = data.companies.find((candidate) => candidate.slug === slug)
  if (!company) notFound()
  const projects = data.projects.filter((project) => project.owners.some((owner) => owner.company === slug))
  return { data, company, projects }
}

export async function generateMetadata({ params }: CompanyParams): Promise<Metadata> {
  const { lang, slug } = await params
  const language = languageOf(lang)
  const { company } = await load(slug)
  return listingMetadata({ title: company.name, path: `/minewatch/companies/${slug}`, language })
}

/** A company as it stands in the live data, with its projects and their conflicts. */
export default async function CompanyPage({ params }: CompanyParams) {
  const { lang, slug } = await params
  const language = languageOf(lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const { data, company, projects } = await load(slug)
  return (
    <>
      <p className="doc-meta">
        <a href={paths.home}>{strings.title}</a> · <span>{strings.companyPage}</span>
      </p>
      <h1>{company.name}</h1>
      <MinewatchNotice language={language} />
      <dl className="mw-facts">
        <dt>{strings.listing}</dt>
        <dd>{strings.listings[company.listing]}</dd>
        {company.ticker ? (
          <>
            <dt>{strings.ticker}</dt>
            <dd>{company.ticker}</dd>
          </>
        ) : null}
        {company.parent ? (
          <>
            <dt>{strings.parent}</dt>
            <dd>{company.parent}</dd>
          </>
        ) : null}
        {company.website ? (
          <>
            <dt>{strings.website}</dt>
            <dd>
              <a href={company.website}>{company.website}</a>
            </dd>
          </>
        ) : null}
      </dl>
      {company.notes ? <p>{company.notes}</p> : null}
      <h2>{strings.projects}</h2>
      <ul>
        {projects.map((project) => {
          const share = project.owners.find((owner) => owner.company === slug)?.share
          const conflicts = data.conflicts.filter((conflict) => conflict.project === project.slug)
          return (
            <li key={project.slug}>
              <a href={paths.project(project.slug)}>{project.name}</a>
              {share !== null && share !== undefined ? ` (${strings.share100(share)})` : ''} — {regionLabel(project.region, language)},{' '}
              {strings.stages[project.stage]}
              {conflicts.length > 0 ? (
                <ul>
                  {conflicts.map((conflict) => (
                    <li key={conflict.slug}>
                      <a href={paths.conflict(conflict.slug)}>{conflict.title}</a>: {strings.statuses[conflict.status]}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ul>
      <p>
        <a href={`${paths.corrections}?record=${encodeURIComponent(company.name)}`}>{strings.corrections}</a>
      </p>
    </>
  )
}
