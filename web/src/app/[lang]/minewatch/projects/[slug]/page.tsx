import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { regionLabel } from '../../../../../components/content/document-meta'
import { MinewatchNotice } from '../../../../../components/minewatch/minewatch-notice'
import { minewatchStrings } from '../../../../../i18n/minewatch'
import { getLiveData, isSlug, minewatchPaths } from '../../../../../lib/minewatch-data'
import { languageOf, noPrebuiltParams, type Params } from '../../../../../lib/route'
import { listingMetadata } from '../../../../../lib/seo'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

type ProjectParams = Params<{ slug: string }>

async function load(slug: string) {
  if (!isSlug(slug)) notFound()
  const data = await getLiveData()
  const project = data.projects.find((candidate) => candidate.slug === slug)
  if (!project) notFound()
  return { data, project }
}

export async function generateMetadata({ params }: ProjectParams): Promise<Metadata> {
  const { lang, slug } = await params
  const { project } = await load(slug)
  return listingMetadata({ title: project.name, path: `/minewatch/projects/${slug}`, language: languageOf(lang) })
}

/** A project: owners with their shares, location, minerals, stage, and its conflicts. */
export default async function ProjectPage({ params }: ProjectParams) {
  const { lang, slug } = await params
  const language = languageOf(lang)
  const strings = minewatchStrings(language)
  const paths = minewatchPaths(language)
  const { data, project } = await load(slug)
  const companies = new Map(data.companies.map((company) => [company.slug, company]))
  const conflicts = data.conflicts.filter((conflict) => conflict.project === slug)
  const place = [project.district, project.province, regionLabel(project.region, language)].filter(Boolean).join(', ')
  return (
    <>
      <p className="doc-meta">
        <a href={paths.home}>{strings.title}</a> · <span>{strings.project}</span>
      </p>
      <h1>{project.name}</h1>
      <MinewatchNotice language={language} />
      <dl className="mw-facts">
        <dt>{strings.owners}</dt>
        <dd>
          <ul>
            {project.owners.map((owner) => (
              <li key={owner.company}>
                <a href={paths.company(owner.company)}>{companies.get(owner.company)?.name ?? owner.company}</a>
                {owner.share !== null ? ` — ${strings.share100(owner.share)}` : ''}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{strings.location}</dt>
        <dd>{place}</dd>
        {project.latitude !== null && project.longitude !== null ? (
          <>
            <dt>{strings.coordinates}</dt>
            <dd>
              {project.latitude}, {project.longitude}
            </dd>
          </>
        ) : null}
        <dt>{strings.minerals}</dt>
        <dd>{project.minerals.map((mineral) => strings.mineralNames[mineral]).join(', ')}</dd>
        <dt>{strings.stage}</dt>
        <dd>{strings.stages[project.stage]}</dd>
      </dl>
      <h2>{strings.conflicts}</h2>
      {conflicts.length === 0 ? (
        <p>{strings.noConflicts}</p>
      ) : (
        <ul>
          {conflicts.map((conflict) => (
            <li key={conflict.slug}>
              <a href={paths.conflict(conflict.slug)}>{conflict.title}</a> — {strings.statuses[conflict.status]} ({strings.types[conflict.type]})
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`${paths.corrections}?record=${encodeURIComponent(project.name)}`}>{strings.corrections}</a>
      </p>
    </>
  )
}
