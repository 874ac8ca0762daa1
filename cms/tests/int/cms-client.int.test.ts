import { CmsUnavailableError, createCmsClient } from '@chasqui/cms-client'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle, buildCaseStudy, buildEvidence, buildReport, buildTranslation, richText } from './factories'
import { BASE_URL, bootPayload, buildUser, inProcessFetch } from './harness'

/** The site's client (@chasqui/cms-client) against the real REST handlers. */
let payload: Payload
const client = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch })
const ids = {} as Record<string, string>

beforeAll(async () => {
  payload = await bootPayload()
  const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: 'Mining', slug: 'mining' } })
  await payload.update({ collection: 'topics', id: topic.id, locale: 'es', data: { name: 'Minería' } })
  ids.topic = topic.id
  const bulletin = await payload.create({
    collection: 'bulletins',
    data: { number: 153, title: 'Update 153', period: 'Aug – Sep 2012', visibility: 'public', _status: 'published', publishedAt: '2012-09-30T12:00:00.000Z' },
  })
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#6b5a4a' } }).png().toBuffer()
  const hero = await payload.create({
    collection: 'media',
    data: { alt: 'Lagoons above the mine', visibility: 'public' },
    file: { data: png, mimetype: 'image/png', name: 'lagoons.png', size: png.length },
  })
  ids.older = (await buildArticle(payload, { title: 'Older', kind: 'analysis', publishedAt: '2012-07-09T09:00:00.000Z', topics: [topic.id] })).id
  ids.editorial = (
    await buildArticle(payload, {
      title: 'All that Glitters',
      kind: 'editorial',
      publishedAt: '2012-09-30T09:00:00.000Z',
      bulletin: bulletin.id,
      regions: ['piura'],
      heroImage: hero.id,
    })
  ).id
  await buildArticle(payload, { title: 'Draft', _status: 'draft', publishedAt: '2013-01-01T00:00:00.000Z' })
  const report = await buildReport(payload, { title: 'Gold Mining in Peru', publishedAt: '2012-09-26T09:00:00.000Z', topics: [topic.id] })
  ids.report = report.id
  ids.translation = (
    await buildTranslation(payload, {
      title: 'La minería del oro en el Perú',
      original: { relationTo: 'reports', value: report.id },
      publishedAt: '2012-09-26T10:00:00.000Z',
    })
  ).id
  const publicEvidence = await buildEvidence(payload, { title: 'Court ruling', kind: 'court_document' })
  const hidden = await buildEvidence(payload, { title: 'Sealed', sensitivity: 'staff_only' })
  ids.caseStudy = (
    await buildCaseStudy(payload, {
      title: 'Río Blanco',
      region: 'cajamarca',
      publishedAt: '2012-11-23T09:00:00.000Z',
      evidence: [publicEvidence.id, hidden.id],
      chapters: [{ title: 'One', body: richText('The first chapter.') }],
    })
  ).id
  ids.evidence = publicEvidence.id
})

afterAll(async () => {
  await payload.destroy()
})

describe('feed', () => {
  it('mixes published types newest first, with bulletin labels and paths', async () => {
    const feed = await client.listFeed({ language: 'en', limit: 10 })
    expect(feed.items.map((item) => item.title)).toEqual([
      'Río Blanco',
      'Update 153',
      'All that Glitters',
      'Gold Mining in Peru',
      'Older',
    ])
    const editorial = feed.items.find((item) => item.title === 'All that Glitters')
    expect(editorial).toMatchObject({
      section: 'articles',
      kind: 'editorial',
      path: '/articles/all-that-glitters',
      bulletin: { number: 153, period: 'Aug – Sep 2012' },
      language: 'en',
    })
    expect(feed.items.find((item) => item.title === 'Update 153')?.path).toBe('/bulletins/153')
  })

  it('in Spanish, shows the Spanish edition instead of its English original, and untranslated work as it is', async () => {
    const feed = await client.listFeed({ language: 'es', limit: 10 })
    const titles = feed.items.map((item) => item.title)
    expect(titles).toContain('La minería del oro en el Perú')
    expect(titles).not.toContain('Gold Mining in Peru')
    expect(titles).toContain('All that Glitters')
    const spanish = feed.items.find((item) => item.language === 'es')
    expect(spanish).toMatchObject({ section: 'reports', path: '/es/reports/la-mineria-del-oro-en-el-peru' })
    expect(spanish?.editions.map((edition) => edition.language)).toEqual(['en', 'es'])
  })

  it('filters by section, topic and region, and paginates', async () => {
    expect((await client.listFeed({ section: 'reports' })).items.map((item) => item.title)).toEqual(['Gold Mining in Peru'])
    expect((await client.listFeed({ topicId: ids.topic })).items.map((item) => item.title)).toEqual(['Gold Mining in Peru', 'Older'])
    expect((await client.listFeed({ region: 'piura' })).items.map((item) => item.title)).toEqual(['All that Glitters'])
    const first = await client.listFeed({ limit: 2 })
    const second = await client.listFeed({ limit: 2, page: 2 })
    expect(first).toMatchObject({ page: 1, totalItems: 5, totalPages: 3, hasNextPage: true })
    expect(second.items.map((item) => item.title)).toEqual(['All that Glitters', 'Gold Mining in Peru'])
  })
})

describe('documents', () => {
  it('an article with its bulletin and its editions', async () => {
    const article = await client.getEdition('articles', 'all-that-glitters', 'en')
    expect(article).toMatchObject({
      type: 'article',
      kind: 'editorial',
      bulletin: { number: 153, period: 'Aug – Sep 2012', title: 'Update 153' },
      editions: [{ language: 'en', path: '/articles/all-that-glitters' }],
      bodyWithheld: false,
    })
    // The populated image keeps what the site renders, its addresses included.
    expect(article?.type === 'article' && article.heroImage).toMatchObject({
      url: expect.stringMatching(/\/api\/media\/file\/lagoons.*\.png$/),
      alt: 'Lagoons above the mine',
      width: 1600,
      height: 900,
      sizes: { card: { url: expect.stringMatching(/lagoons.*800x450/), width: 800, height: 450 } },
    })
  })

  it('an original lists its translation, and the translation its original', async () => {
    const report = await client.getEdition('reports', 'gold-mining-in-peru', 'en')
    expect(report?.editions.map((edition) => edition.path)).toEqual([
      '/reports/gold-mining-in-peru',
      '/es/reports/la-mineria-del-oro-en-el-peru',
    ])
    const translation = await client.getEdition('reports', 'la-mineria-del-oro-en-el-peru', 'es')
    expect(translation).toMatchObject({
      type: 'translation',
      section: 'reports',
      language: 'es',
      original: { title: 'Gold Mining in Peru', path: '/reports/gold-mining-in-peru', language: 'en' },
      // What the work is and is about comes from the original, topics named in the edition's language.
      kind: 'research',
      topics: [expect.objectContaining({ slug: 'mining', name: 'Minería' })],
      regions: [],
    })
  })

  it('finds nothing for a draft, a wrong language or an unknown slug', async () => {
    expect(await client.getEdition('articles', 'draft', 'en')).toBeNull()
    expect(await client.getEdition('articles', 'all-that-glitters', 'es')).toBeNull()
    expect(await client.getEdition('articles', 'nope', 'en')).toBeNull()
  })

  it('a case study with only the evidence the public may see', async () => {
    const study = await client.getEdition('case-studies', 'rio-blanco', 'en')
    expect(study?.type).toBe('case-study')
    if (study?.type !== 'case-study') return
    expect(study.evidence.map((item) => item.title)).toEqual(['Court ruling'])
    expect(study.chapters[0]?.title).toBe('One')
  })

  it('a bulletin with its articles', async () => {
    const bulletin = await client.getBulletin(153)
    expect(bulletin).toMatchObject({ title: 'Update 153', period: 'Aug – Sep 2012', path: '/bulletins/153' })
    expect(bulletin?.articles.map((article) => article.path)).toEqual(['/articles/all-that-glitters'])
  })

  it('an evidence item with its case studies', async () => {
    const item = await client.getEvidence(ids.evidence!)
    expect(item).toMatchObject({ title: 'Court ruling', caseStudies: [{ title: 'Río Blanco', path: '/case-studies/rio-blanco' }] })
  })

  it('topics, with their names in the asked language', async () => {
    expect(await client.getTopic('mining', 'es')).toMatchObject({ slug: 'mining', name: 'Minería' })
    expect((await client.listTopics('en')).map((topic) => topic.name)).toEqual(['Mining'])
  })
})

describe('search', () => {
  it('matches words in titles, summaries and text; filters by year, section and language', async () => {
    expect((await client.search({ query: 'glitters' })).items.map((item) => item.title)).toEqual(['All that Glitters'])
    expect((await client.search({ query: 'first chapter' })).items.map((item) => item.title)).toEqual(['Río Blanco'])
    expect((await client.search({ year: 2012, section: 'reports' })).items.map((item) => item.title)).toEqual([
      'La minería del oro en el Perú',
      'Gold Mining in Peru',
    ])
    expect((await client.search({ language: 'es', section: 'reports' })).items.map((item) => item.title)).toEqual([
      'La minería del oro en el Perú',
    ])
    expect((await client.search({ query: 'draft' })).items).toEqual([])
  })
})

describe('site globals and redirects', () => {
  it('resolve the featured items, the menus and the pitch in the asked language', async () => {
    await payload.updateGlobal({
      slug: 'home',
      locale: 'en',
      data: {
        featured: [
          { relationTo: 'case-studies', value: ids.caseStudy! },
          { relationTo: 'reports', value: ids.report! },
        ],
        membershipPitch: { heading: 'Why join?', callToAction: 'Become a member', points: [{ text: 'Keep up to date' }] },
      },
    })
    await payload.updateGlobal({ slug: 'navigation', locale: 'en', data: { header: [{ label: 'Reports', path: '/reports' }] } })
    const globals = await client.getSiteGlobals('en')
    expect(globals.home.featured.map((item) => item.title)).toEqual(['Río Blanco', 'Gold Mining in Peru'])
    // In Spanish, a work with a Spanish edition is featured as that edition, as the feed shows it; the rest stay as they are.
    const spanish = (await client.getSiteGlobals('es')).home.featured
    expect(spanish.map((item) => [item.title, item.language])).toEqual([
      ['Río Blanco', 'en'],
      ['La minería del oro en el Perú', 'es'],
    ])
    expect(spanish[1]).toMatchObject({ section: 'reports', path: '/es/reports/la-mineria-del-oro-en-el-peru' })
    expect(globals.home.pitch).toMatchObject({ heading: 'Why join?', points: ['Keep up to date'] })
    expect(globals.header).toEqual([{ label: 'Reports', href: '/reports', localizable: true }])
  })

  it('follow a renamed document to its new address', async () => {
    await payload.update({ collection: 'articles', id: ids.older!, data: { slug: 'older-renamed', _status: 'published' } })
    expect(await client.findRedirect('/articles/older')).toEqual({ to: '/articles/older-renamed', permanent: true })
    expect(await client.findRedirect('/articles/never-existed')).toBeNull()
  })
})

describe('preview and failures', () => {
  it('reads drafts with the preview key, never without', async () => {
    // The first account is made an admin: take that place, so the preview account keeps its one role.
    await buildUser(payload, ['admin'])
    await buildUser(payload, ['preview'], { enableAPIKey: true, apiKey: 'preview-key-for-tests-000000000000000000' })
    const preview = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch, draft: true, apiKey: 'preview-key-for-tests-000000000000000000' })
    expect((await preview.getEdition('articles', 'draft', 'en'))?.title).toBe('Draft')
    const anonymousDraft = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch, draft: true })
    expect(await anonymousDraft.getEdition('articles', 'draft', 'en')).toBeNull()
  })

  it('reports the cms health', async () => {
    expect(await client.health()).toMatchObject({ status: 'ok', service: 'cms' })
  })

  it('reports an unreachable cms as CmsUnavailableError', async () => {
    const offline = createCmsClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2_000 })
    await expect(offline.listFeed()).rejects.toBeInstanceOf(CmsUnavailableError)
  })
})
