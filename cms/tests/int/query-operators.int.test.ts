import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle } from './factories'
import { api, bootPayload, json } from './harness'

/**
 * Query operators answer alike on every database. `not_like` (REST, the Local API and
 * the admin's "is not like" filter; Payload's GraphQL schema has no such operator) is the
 * opposite of `like`: every document whose field does not contain the value, in any
 * case, including those where the field is empty (as on MongoDB). Payload 3.90's SQL
 * adapters compared the whole field instead (`NOT LIKE 'gold'`), so it excluded only
 * exact matches and dropped empty fields; patches/@payloadcms__drizzle@3.90.2.patch
 * mends it.
 */
describe('not_like', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootPayload()
    for (const title of ['Gold mining in Cajamarca', 'The GOLDEN rule', 'Water rights in Puno', 'Gold']) await buildArticle(payload, { title })
    await payload.create({ collection: 'topics', data: { name: 'Mining', slug: 'mining', description: 'Gold, copper and silver' } })
    await payload.create({ collection: 'topics', data: { name: 'Water', slug: 'water', description: 'Rivers and lakes' } })
    await payload.create({ collection: 'topics', data: { name: 'Undescribed', slug: 'undescribed' } })
  })

  afterAll(async () => {
    await payload.destroy()
  })

  const titles = async (query: string) => (await json<{ docs: { title: string }[] }>(await api(`/api/articles?${query}&sort=title&depth=0`))).docs.map((doc) => doc.title)

  it('REST: excludes every document whose field contains the value, in any case; like keeps exactly those', async () => {
    expect(await titles('where[title][like]=gold')).toEqual(['Gold', 'Gold mining in Cajamarca', 'The GOLDEN rule'])
    expect(await titles('where[title][not_like]=gold')).toEqual(['Water rights in Puno'])
    expect(await titles('where[title][not_like]=GOLD MINING')).toEqual(['Gold', 'The GOLDEN rule', 'Water rights in Puno'])
  })

  it('keeps documents whose field is empty, and works on localized fields', async () => {
    const { docs } = await json<{ docs: { name: string }[] }>(await api('/api/topics?where[description][not_like]=gold&sort=name&depth=0'))
    expect(docs.map((doc) => doc.name)).toEqual(['Undescribed', 'Water'])
  })
})
