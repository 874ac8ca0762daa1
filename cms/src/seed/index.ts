import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, Where } from 'payload'

import { getEnv } from '../env'
import { renderImage, renderPdf } from './assets'
import { demoArticles } from './content/articles'
import { demoBulletins } from './content/bulletins'
import { demoCaseStudies } from './content/case-studies'
import { demoEvidence } from './content/evidence'
import { demoGlobals } from './content/globals'
import { demoPages } from './content/pages'
import { demoReports } from './content/reports'
import { demoTopics } from './content/topics'
import { demoTranslations } from './content/translations'
import type { DemoDocument, DemoImage, DemoLink, DemoPage, DemoPageBlock, PublishState } from './content/types'
import { markdownConverter } from './markdown'
import { seedMinewatch } from './minewatch'

/**
 * Loads the demo content. Idempotent: each document is found by a stable key (slug,
 * issue number, evidence title, file name, email) and created only when missing —
 * never updated — so a second run adds nothing and loses no edit made in the admin.
 * Globals are filled only while they are still empty.
 */
export async function seed(payload: Payload): Promise<void> {
  const seeder = await createSeeder(payload)
  await seedAdmin(seeder)
  await seedPreviewAccount(seeder)
  await seedContent(seeder)
  seeder.report()
}

type Seeder = Awaited<ReturnType<typeof createSeeder>>

async function createSeeder(payload: Payload) {
  const toLexical = await markdownConverter(payload)
  const counts = new Map<string, { created: number; present: number }>()
  const ids = new Map<string, string>()
  const context = { seeding: true }

  const count = (collection: string, created: boolean) => {
    const entry = counts.get(collection) ?? { created: 0, present: 0 }
    entry[created ? 'created' : 'present'] += 1
    counts.set(collection, entry)
  }

  /** The id of the document matching `where`, creating it with `data()` when there is none. */
  async function ensure(
    collection: CollectionSlug,
    key: string,
    where: Where,
    create: () => Promise<{
      data: Record<string, unknown>
      draft?: boolean
      locale?: 'en' | 'es'
      file?: { data: Buffer; mimetype: string; name: string; size: number }
    }>,
    afterCreate?: (id: string) => Promise<void>,
  ): Promise<string> {
    const cacheKey = `${collection}:${key}`
    const cached = ids.get(cacheKey)
    if (cached) return cached
    const found = await payload.find({ collection, where, draft: true, limit: 1, depth: 0, pagination: false, select: {} })
    let id = found.docs[0]?.id as string | undefined
    if (id) {
      count(collection, false)
    } else {
      const { data, draft, locale, file } = await create()
      const doc = await payload.create({ collection, data, draft, locale, file, depth: 0, context } as Parameters<Payload['create']>[0])
      id = String(doc.id)
      count(collection, true)
      await afterCreate?.(id)
    }
    ids.set(cacheKey, id)
    return id
  }

  const image = (demo: DemoImage | undefined) =>
    demo
      ? ensure('media', demo.key, { filename: { equals: `${demo.key}.png` } }, async () => {
          const data = await renderImage(demo)
          return {
            data: { alt: demo.alt, caption: demo.caption, credit: demo.credit, visibility: 'public' },
            file: { data, mimetype: 'image/png', name: `${demo.key}.png`, size: data.length },
          }
        })
      : Promise.resolve(undefined)

  const document = (demo: DemoDocument | undefined) =>
    demo
      ? ensure('documents', demo.key, { filename: { equals: `${demo.key}.pdf` } }, async () => {
          const data = await renderPdf(demo)
          return {
            data: { title: demo.title, description: demo.description, language: demo.language, visibility: 'public' },
            file: { data, mimetype: 'application/pdf', name: `${demo.key}.pdf`, size: data.length },
          }
        })
      : Promise.resolve(undefined)

  /** Create options for a document in the given publication state. */
  const stateData = (state: PublishState | undefined, publishedAt: string | undefined) =>
    !state || state.status === 'published'
      ? { draft: undefined, data: { _status: 'published', publishedAt } }
      : { draft: true, data: { _status: 'draft' } }

  /** Scheduled items are drafts with a publish job the queue runs when it is due. */
  const scheduleIfNeeded = (collection: 'articles' | 'reports' | 'pages', state: PublishState | undefined) => async (id: string) => {
    if (state?.status !== 'scheduled') return
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: collection, value: id } },
      waitUntil: new Date(Date.now() + state.inDays * 24 * 60 * 60 * 1000),
    })
  }

  return {
    payload,
    toLexical,
    ensure,
    image,
    document,
    stateData,
    scheduleIfNeeded,
    id: (collection: string, key: string) => ids.get(`${collection}:${key}`),
    log: (message: string) => payload.logger.info(`seed: ${message}`),
    report() {
      const parts = [...counts].map(([collection, { created, present }]) => `${collection} +${created}${present ? ` (=${present})` : ''}`)
      payload.logger.info(`seed: ${parts.join(', ')} — “+” created, “=” already present`)
    },
  }
}

async function seedAdmin({ payload, log }: Seeder) {
  const admins = await payload.count({ collection: 'users', where: { roles: { contains: 'admin' } } })
  if (admins.totalDocs > 0) return
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

export const PREVIEW_ACCOUNT_EMAIL = 'site-preview@chasqui.internal'

/**
 * The read-only account whose API key the site uses to show drafts in preview mode. Its
 * key follows PREVIEW_API_KEY (configuration, not content: kept in step with the env).
 */
async function seedPreviewAccount({ payload, log }: Seeder) {
  const apiKey = getEnv().previewApiKey
  if (!apiKey) return
  const existing = await payload.find({ collection: 'users', where: { email: { equals: PREVIEW_ACCOUNT_EMAIL } }, limit: 1, depth: 0 })
  const account = existing.docs[0]
  if (account && account.apiKey === apiKey && account.enableAPIKey) return
  const data = { name: 'Site preview (API key only)', roles: ['preview' as const], enableAPIKey: true, apiKey }
  if (account) {
    await payload.update({ collection: 'users', id: account.id, data })
  } else {
    await payload.create({
      collection: 'users',
      data: { ...data, email: PREVIEW_ACCOUNT_EMAIL, password: randomBytes(24).toString('base64url') },
    })
  }
  log('site preview account ready')
}

async function seedContent(seeder: Seeder) {
  const { payload, ensure, toLexical, image, document, stateData, scheduleIfNeeded } = seeder
  const bySlug = (slug: string): Where => ({ slug: { equals: slug } })

  const topicIds = new Map<string, string>()
  for (const topic of demoTopics) {
    const id = await ensure(
      'topics',
      topic.slug,
      bySlug(topic.slug),
      async () => ({ data: { name: topic.name.en, slug: topic.slug, description: topic.description?.en }, locale: 'en' }),
      async (created) => {
        await payload.update({
          collection: 'topics',
          id: created,
          locale: 'es',
          data: { name: topic.name.es, description: topic.description?.es },
          context: { seeding: true },
        })
      },
    )
    topicIds.set(topic.slug, id)
  }
  const topics = (slugs: string[]) => slugs.map((slug) => topicIds.get(slug)).filter(Boolean)

  for (const bulletin of demoBulletins) {
    await ensure('bulletins', String(bulletin.number), { number: { equals: bulletin.number } }, async () => ({
      data: {
        number: bulletin.number,
        title: bulletin.title,
        period: bulletin.period,
        summary: bulletin.summary,
        cover: await image(bulletin.cover),
        pdf: await document(bulletin.pdf),
        visibility: 'public',
        _status: 'published',
        publishedAt: bulletin.publishedAt,
      },
    }))
  }

  for (const article of demoArticles) {
    const state = stateData(article.state, article.publishedAt)
    await ensure(
      'articles',
      article.slug,
      bySlug(article.slug),
      async () => ({
        draft: state.draft,
        data: {
          title: article.title,
          slug: article.slug,
          kind: article.kind,
          summary: article.summary,
          body: toLexical(article.body),
          authors: (article.authors ?? []).map((name) => ({ name })),
          heroImage: await image(article.heroImage),
          topics: topics(article.topics),
          regions: article.regions,
          bulletin: article.bulletin === undefined ? undefined : seeder.id('bulletins', String(article.bulletin)),
          visibility: article.visibility ?? 'public',
          language: 'en',
          ...state.data,
        },
      }),
      scheduleIfNeeded('articles', article.state),
    )
  }

  for (const report of demoReports) {
    await ensure('reports', report.slug, bySlug(report.slug), async () => ({
      data: {
        title: report.title,
        slug: report.slug,
        kind: report.kind,
        summary: report.summary,
        body: report.body ? toLexical(report.body) : undefined,
        reportNumber: report.reportNumber,
        partners: report.partners ?? [],
        cover: await image(report.cover),
        pdf: await document(report.pdf),
        topics: topics(report.topics),
        regions: report.regions,
        language: report.language,
        visibility: report.visibility ?? 'public',
        _status: 'published',
        publishedAt: report.publishedAt,
      },
    }))
  }

  const evidenceIds = new Map<string, string>()
  for (const item of demoEvidence) {
    const id = await ensure('evidence', item.key, { title: { equals: item.title } }, async () => ({
      data: {
        title: item.title,
        kind: item.kind,
        date: item.date,
        description: item.description,
        provenance: item.provenance,
        citation: item.citation,
        transcript: item.transcript,
        url: item.url,
        sensitivity: item.sensitivity,
        redactionNote: item.redactionNote,
        consentRecorded: item.consentRecorded,
        consentNotes: item.consentNotes,
        language: item.language,
        image: await image(item.image),
        file: await document(item.file),
        _status: 'published',
        publishedAt: item.date,
      },
    }))
    evidenceIds.set(item.key, id)
  }

  for (const study of demoCaseStudies) {
    await ensure('case-studies', study.slug, bySlug(study.slug), async () => ({
      data: {
        title: study.title,
        slug: study.slug,
        summary: study.summary,
        contentWarning: study.contentWarning,
        heroImage: await image(study.heroImage),
        region: study.region,
        topics: topics(study.topics),
        language: 'en',
        chapters: study.chapters.map((chapter) => ({ title: chapter.title, body: toLexical(chapter.body) })),
        timeline: study.timeline,
        evidence: study.evidence.map((key) => evidenceIds.get(key)).filter(Boolean),
        _status: 'published',
        publishedAt: study.publishedAt,
      },
    }))
  }

  for (const translation of demoTranslations) {
    const originalId = seeder.id(translation.original.collection, translation.original.slug)
    if (!originalId) throw new Error(`Demo translation “${translation.slug}”: no original ${translation.original.slug}`)
    await ensure('translations', translation.slug, bySlug(translation.slug), async () => ({
      data: {
        original: { relationTo: translation.original.collection, value: originalId },
        language: translation.language,
        title: translation.title,
        slug: translation.slug,
        summary: translation.summary,
        body: translation.body ? toLexical(translation.body) : undefined,
        chapters: (translation.chapters ?? []).map((chapter) => ({ title: chapter.title, body: toLexical(chapter.body) })),
        translator: translation.translator,
        pdf: await document(translation.pdf),
        visibility: 'public',
        _status: 'published',
        publishedAt: translation.publishedAt,
      },
    }))
  }

  // Pages that link to other pages come after the pages they link to.
  const pageRefs = (page: DemoPage) =>
    page.blocks.flatMap((block) =>
      block.type === 'callout' ? [block.linkPage] : block.type === 'links' ? block.links.map((link) => link.page) : [],
    )
  const pages = [...demoPages].sort((a, b) => pageRefs(a).filter(Boolean).length - pageRefs(b).filter(Boolean).length)
  const pageLink = (slug: string | undefined) => (slug ? seeder.id('pages', slug) : undefined)
  const toBlock = (block: DemoPageBlock) => {
    switch (block.type) {
      case 'text':
        return { blockType: 'richText', content: toLexical(block.markdown) }
      case 'callout':
        return { blockType: 'callout', heading: block.heading, text: block.text, linkLabel: block.linkLabel, linkPage: pageLink(block.linkPage) }
      case 'links':
        return {
          blockType: 'linkList',
          heading: block.heading,
          links: block.links.map((link) => {
            const page = pageLink(link.page)
            return { label: link.label, internal: page ? { relationTo: 'pages', value: page } : undefined, url: link.url }
          }),
        }
    }
  }
  for (const page of pages) {
    await ensure('pages', page.slug, bySlug(page.slug), async () => ({
      data: {
        title: page.title,
        slug: page.slug,
        summary: page.summary,
        layout: page.blocks.map(toBlock),
        topics: topics(page.topics),
        language: 'en',
        _status: 'published',
        publishedAt: page.publishedAt,
      },
    }))
  }

  await seedGlobals(seeder)
  await seedMinewatch(payload, seeder.log)
}

async function seedGlobals({ payload, id, log }: Seeder) {
  const { siteSettings, navigation, home } = demoGlobals
  const context = { seeding: true }

  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  if (!settings.organisation) {
    for (const locale of ['en', 'es'] as const) {
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        context,
        data: {
          siteName: siteSettings.siteName,
          organisation: siteSettings.organisation,
          contactEmail: siteSettings.contactEmail,
          tagline: siteSettings.tagline[locale],
          footerText: siteSettings.footerText[locale],
        },
      })
    }
    log('site settings filled')
  }

  const nav = await payload.findGlobal({ slug: 'navigation', depth: 0 })
  if (!nav.header?.length) {
    const toLinks = (links: DemoLink[], locale: 'en' | 'es') =>
      links.map((link) => {
        const page = link.page ? id('pages', link.page) : undefined
        return { label: link.label[locale], page: page ? { relationTo: 'pages' as const, value: page } : undefined, path: link.path }
      })
    const saved = await payload.updateGlobal({
      slug: 'navigation',
      locale: 'en',
      context,
      data: { header: toLinks(navigation.header, 'en'), footer: toLinks(navigation.footer, 'en') },
    })
    // Array rows keep their ids across locales; only the labels change.
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'es',
      context,
      data: {
        header: saved.header?.map((row, index) => ({ ...row, label: navigation.header[index]?.label.es ?? row.label })),
        footer: saved.footer?.map((row, index) => ({ ...row, label: navigation.footer[index]?.label.es ?? row.label })),
      },
    })
    log('navigation filled')
  }

  const current = await payload.findGlobal({ slug: 'home', depth: 0 })
  if (!current.membershipPitch?.points?.length) {
    const featured = home.featured
      .map((item) => {
        const value = item.collection === 'bulletins' ? id('bulletins', String(item.number)) : id(item.collection, item.slug)
        return value ? { relationTo: item.collection, value } : undefined
      })
      .filter((item) => item !== undefined)
    const joinPage = id('pages', home.membershipPitch.joinPage)
    for (const locale of ['en', 'es'] as const) {
      const pitch = home.membershipPitch[locale]
      await payload.updateGlobal({
        slug: 'home',
        locale,
        context,
        data: {
          featured,
          membershipPitch: {
            heading: pitch.heading,
            points: pitch.points.map((text) => ({ text })),
            callToAction: pitch.callToAction,
            joinPage,
          },
        },
      })
    }
    log('home filled')
  }
}
