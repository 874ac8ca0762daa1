import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle } from './factories'
import { bootPayload } from './harness'

type Target = { relationTo: string; value: string | { id: string } } | null | undefined
const targetOf = (target: Target) => (target ? (typeof target.value === 'string' ? target.value : target.value.id) : null)

/**
 * Rows that link to one of several collections keep their own link when rows are added
 * above them or moved: on SQLite the link is stored by the row's position, and Payload
 * left a row without one holding the link of the row that stood there before.
 */
describe('links in rows follow their rows', () => {
  let payload: Payload
  const topics: string[] = []

  beforeAll(async () => {
    payload = await bootPayload()
    for (const slug of ['rows-a', 'rows-b']) topics.push((await payload.create({ collection: 'topics', data: { name: slug, slug } })).id)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('a menu: rows added above, from one language, leave every link and the other language where they were', async () => {
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'en',
      data: {
        header: [
          { label: 'Reports', path: '/reports' },
          { label: 'Topic A', page: { relationTo: 'topics', value: topics[0]! } },
          { label: 'Topic B', page: { relationTo: 'topics', value: topics[1]! } },
        ],
      },
    })
    const saved = await payload.findGlobal({ slug: 'navigation', locale: 'en', depth: 0 })
    const spanish = ['Informes', 'Tema A', 'Tema B']
    await payload.updateGlobal({ slug: 'navigation', locale: 'es', data: { header: saved.header?.map((row, index) => ({ ...row, label: spanish[index]! })) } })

    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'en',
      data: { header: [{ label: 'New one', path: '/one' }, { label: 'New two', path: '/two' }, ...(saved.header ?? [])] },
    })
    const english = await payload.findGlobal({ slug: 'navigation', locale: 'en', depth: 0 })
    expect(english.header?.map((row) => [row.label, row.path ?? null, targetOf(row.page)])).toEqual([
      ['New one', '/one', null],
      ['New two', '/two', null],
      ['Reports', '/reports', null],
      ['Topic A', null, topics[0]],
      ['Topic B', null, topics[1]],
    ])
    const es = await payload.findGlobal({ slug: 'navigation', locale: 'es', depth: 0 })
    expect(es.header?.slice(2).map((row) => [row.label, targetOf(row.page)])).toEqual([
      ['Informes', null],
      ['Tema A', topics[0]],
      ['Tema B', topics[1]],
    ])
  })

  it("a page's list of links: moving an outside link up does not give it the internal link that stood there", async () => {
    const article = await buildArticle(payload, { title: 'Linked piece' })
    const links = [
      { label: 'Inside', internal: { relationTo: 'articles' as const, value: article.id } },
      { label: 'Outside', url: 'https://example.org/' },
    ]
    const page = await payload.create({
      collection: 'pages',
      data: { title: 'Rows page', slug: 'rows-page', language: 'en', summary: 'Links.', _status: 'published', layout: [{ blockType: 'linkList', heading: 'See also', links }] },
    })
    const updated = await payload.update({
      collection: 'pages',
      id: page.id,
      data: { layout: [{ blockType: 'linkList', heading: 'See also', links: [links[1]!, links[0]!] }] },
      depth: 0,
    })
    const block = updated.layout[0]
    const rows = (block?.blockType === 'linkList' ? block.links : null) ?? []
    expect(rows.map((row) => [row.label, row.url ?? null, targetOf(row.internal)])).toEqual([
      ['Outside', 'https://example.org/', null],
      ['Inside', null, article.id],
    ])
  })
})
