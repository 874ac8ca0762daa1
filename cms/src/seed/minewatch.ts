import type { Conflict, MinewatchSnapshot, SnapshotConflict } from '@chasqui/cms-types'
import type { Payload } from 'payload'

import { demoReleases, octoberChanges, septemberData } from './content/minewatch'

/**
 * Loads the illustrative MineWatch dataset and its two releases: the September data,
 * the September release, the October changes, the October release. Runs only on a
 * database without MineWatch data, so it never touches a researcher's work.
 */
export async function seedMinewatch(payload: Payload, log: (message: string) => void): Promise<void> {
  const existing = await payload.count({ collection: 'companies' })
  if (existing.totalDocs > 0) {
    log('MineWatch data present, not seeded')
    return
  }
  const context = { seeding: true }
  const ids = { companies: new Map<string, string>(), projects: new Map<string, string>(), conflicts: new Map<string, string>() }
  const related = await payload.find({ collection: 'articles', where: { slug: { equals: 'minewatch-launch' } }, limit: 1, depth: 0 })
  const relatedArticles = related.docs.map((doc) => doc.id)

  const data: MinewatchSnapshot = septemberData
  for (const company of data.companies) {
    ids.companies.set(company.slug, (await payload.create({ collection: 'companies', data: company, context })).id)
  }
  for (const project of data.projects) {
    const owners = project.owners.map((owner) => ({ company: ids.companies.get(owner.company) ?? '', share: owner.share }))
    ids.projects.set(project.slug, (await payload.create({ collection: 'projects', data: { ...project, owners }, context })).id)
  }
  const conflictData = ({ project, communities, ...rest }: Partial<SnapshotConflict>): Partial<Conflict> => ({
    ...rest,
    ...(project && { project: ids.projects.get(project) ?? '' }),
    ...(communities && { communities: communities.map((name) => ({ name })) }),
  })
  for (const conflict of data.conflicts) {
    const doc = await payload.create({
      collection: 'conflicts',
      // A whole SnapshotConflict: every required field is there.
      data: { ...(conflictData(conflict) as Conflict), relatedArticles },
      context,
    })
    ids.conflicts.set(conflict.slug, doc.id)
  }

  const [september, october] = demoReleases as [(typeof demoReleases)[number], (typeof demoReleases)[number]]
  await payload.create({ collection: 'minewatch-releases', data: { ...september, published: true, sampleData: true }, context })

  for (const change of octoberChanges.updated) {
    const id = ids.conflicts.get(change.slug)
    if (id) await payload.update({ collection: 'conflicts', id, data: conflictData(change), context })
  }
  for (const conflict of octoberChanges.added) {
    await payload.create({ collection: 'conflicts', data: conflictData(conflict) as Conflict, context })
  }
  await payload.create({ collection: 'minewatch-releases', data: { ...october, published: true, sampleData: true }, context })
  log('MineWatch sample data and the 2012-09 and 2012-10 releases created')
}
