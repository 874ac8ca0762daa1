import type { Payload } from 'payload'

import { getEnv } from '../env'
import { demoArticles } from './content/articles'
import { markdownConverter } from './markdown'

/**
 * Loads the demo content. Idempotent: each document is found by a stable key (slug or
 * email) and created only when missing — never updated — so a second run adds nothing
 * and loses no edit made in the admin.
 */
export async function seed(payload: Payload): Promise<void> {
  const log = (msg: string) => payload.logger.info(`seed: ${msg}`)
  const toLexical = await markdownConverter(payload)

  await seedAdmin(payload, log)

  let created = 0
  for (const article of demoArticles) {
    const existing = await payload.find({
      collection: 'articles',
      where: { slug: { equals: article.slug } },
      draft: true,
      limit: 1,
      depth: 0,
      pagination: false,
      select: {},
    })
    if (existing.docs.length > 0) continue
    await payload.create({
      collection: 'articles',
      data: { ...article, body: toLexical(article.body), _status: 'published' },
      context: { seeding: true },
    })
    created += 1
  }
  log(`articles: ${created} created, ${demoArticles.length - created} already present`)
}

async function seedAdmin(payload: Payload, log: (msg: string) => void) {
  const admins = await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } } })
  if (admins.totalDocs > 0) return log('admin account already present')
  const credentials = getEnv().seedAdmin
  if (!credentials) {
    return log('no admin yet and no SEED_ADMIN_EMAIL/SEED_ADMIN_PASSWORD: the admin will offer its first-user screen')
  }
  await payload.create({
    collection: 'users',
    data: { name: 'Chasqui Admin', email: credentials.email, password: credentials.password, roles: ['admin'] },
  })
  log(`admin account created for ${credentials.email}`)
}
