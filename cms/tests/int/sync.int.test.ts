import { type Change, createCmsClient } from '@chasqui/cms-client'
import { SYNCED_COLLECTIONS } from '@chasqui/cms-types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle, buildEvidence } from './factories'
import { api, BASE_URL, bootPayload, buildApiKey, buildUser, inProcessFetch, json } from './harness'

/**
 * Incremental sync: a mirror that applies `GET /api/changes` (through the published
 * client) ends up holding exactly what a visitor can read — after publications, edits,
 * draft saves, unpublications, deletions and restrictions — and never a draft.
 */

let payload: Payload
const client = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch })

/** A mirror: documents by `collection/id`, and the cursor it stopped at. */
class Mirror {
  docs = new Map<string, Record<string, unknown>>()
  cursor: string | undefined
  deletes: Change[] = []

  async sync(pageSize = 3) {
    let hasMore = true
    while (hasMore) {
      const page = await client.changesSince(this.cursor ? { after: this.cursor, limit: pageSize } : { limit: pageSize })
      for (const change of page.changes) {
        const key = `${change.collection}/${change.id}`
        if (change.kind === 'upsert') this.docs.set(key, change.doc)
        else {
          this.docs.delete(key)
          this.deletes.push(change)
        }
      }
      this.cursor = page.nextCursor
      hasMore = page.hasMore
    }
  }
}

/** What a visitor can read now, in every synced collection. */
async function publicSet(): Promise<Set<string>> {
  const keys = new Set<string>()
  for (const collection of SYNCED_COLLECTIONS) {
    const body = await json<{ docs: { id: string }[] }>(await api(`/api/${collection}?depth=0&limit=100&select[id]=true`))
    for (const doc of body.docs) keys.add(`${collection}/${doc.id}`)
  }
  return keys
}

const titles = (mirror: Mirror) => [...mirror.docs.values()].map((doc) => doc.title)

beforeAll(async () => {
  payload = await bootPayload()
  // The first account is always made an admin; take that place so later accounts keep their roles.
  await buildUser(payload, ['admin'])
})

afterAll(async () => {
  await payload.destroy()
})

describe('the change feed', () => {
  it('a mirror applying the changes ends equal to the public set, through deletions and unpublications', async () => {
    const keep = await buildArticle(payload, { title: 'Sync keeps me' })
    const unpublish = await buildArticle(payload, { title: 'Sync unpublishes me' })
    const remove = await buildArticle(payload, { title: 'Sync deletes me' })
    const membersOnly = await buildArticle(payload, { title: 'Sync makes me members-only' })
    const draft = await buildArticle(payload, { title: 'Sync draft, later published', _status: 'draft' })
    const neverPublic = await buildArticle(payload, { title: 'Sync draft, deleted unseen', _status: 'draft' })
    const evidence = await buildEvidence(payload, { title: 'Sync evidence made staff-only' })
    const topic = await payload.create({ collection: 'topics', data: { name: 'Sync topic', slug: 'sync-topic' } })

    const mirror = new Mirror()
    await mirror.sync()
    expect(new Set(mirror.docs.keys())).toEqual(await publicSet())
    expect(titles(mirror)).toContain('Sync keeps me')
    expect(titles(mirror)).not.toContain('Sync draft, later published')

    await payload.update({ collection: 'articles', id: unpublish.id, data: { _status: 'draft' } })
    await payload.delete({ collection: 'articles', id: remove.id })
    await payload.update({ collection: 'articles', id: membersOnly.id, data: { visibility: 'members' } })
    await payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    await payload.delete({ collection: 'articles', id: neverPublic.id })
    await payload.update({ collection: 'articles', id: keep.id, draft: true, data: { title: 'Sync secret draft title' } })
    await payload.update({ collection: 'evidence', id: evidence.id, data: { sensitivity: 'staff_only' } })
    await payload.delete({ collection: 'topics', id: topic.id })

    await mirror.sync()
    expect(new Set(mirror.docs.keys())).toEqual(await publicSet())
    expect(mirror.docs.has(`articles/${unpublish.id}`)).toBe(false)
    expect(mirror.docs.has(`articles/${remove.id}`)).toBe(false)
    expect(mirror.docs.has(`evidence/${evidence.id}`)).toBe(false)
    expect(mirror.docs.has(`topics/${topic.id}`)).toBe(false)
    expect(mirror.docs.get(`articles/${draft.id}`)?.title).toBe('Sync draft, later published')
    expect(mirror.docs.get(`articles/${keep.id}`)?.title).toBe('Sync keeps me')
    expect(titles(mirror)).not.toContain('Sync secret draft title')
    // Members-only: the teaser stays public, the body leaves the mirror.
    expect(mirror.docs.get(`articles/${membersOnly.id}`)?.visibility).toBe('members')
    expect(mirror.docs.get(`articles/${membersOnly.id}`)?.body ?? null).toBeNull()

    const reasons = Object.fromEntries(mirror.deletes.map((change) => [`${change.collection}/${change.id}`, 'reason' in change ? change.reason : null]))
    expect(reasons).toEqual({
      [`articles/${unpublish.id}`]: 'unpublished',
      [`articles/${remove.id}`]: 'deleted',
      [`evidence/${evidence.id}`]: 'restricted',
      [`topics/${topic.id}`]: 'deleted',
    })
    // A document no visitor ever saw leaves no trace in the feed.
    expect(JSON.stringify(mirror.deletes)).not.toContain(neverPublic.id)

    // Republishing brings it back after its tombstone.
    await payload.update({ collection: 'articles', id: unpublish.id, data: { _status: 'published' } })
    await mirror.sync()
    expect(mirror.docs.has(`articles/${unpublish.id}`)).toBe(true)
    expect(new Set(mirror.docs.keys())).toEqual(await publicSet())
  })

  it('pages in time order with a cursor that neither repeats nor skips', async () => {
    for (let index = 0; index < 7; index += 1) await buildArticle(payload, { title: `Sync paging ${index}` })
    const seen: string[] = []
    let after: string | undefined
    let previous = ''
    for (let hasMore = true; hasMore; ) {
      const page = await client.changesSince(after ? { after, limit: 2 } : { limit: 2 })
      expect(page.changes.length).toBeLessThanOrEqual(2)
      for (const change of page.changes) {
        expect(change.updatedAt >= previous).toBe(true)
        previous = change.updatedAt
        seen.push(`${change.kind}:${change.collection}/${change.id}@${change.updatedAt}`)
      }
      after = page.nextCursor
      hasMore = page.hasMore
    }
    expect(new Set(seen).size).toBe(seen.length)
    const all = await json<{ changes: unknown[]; hasMore: boolean }>(await api('/api/changes?limit=100'))
    expect(all.hasMore).toBe(false)
    expect(seen).toHaveLength(all.changes.length)
  })

  it('since= returns only later changes; an integrator key reads the same feed as a visitor', async () => {
    const before = new Date().toISOString()
    await new Promise((resolve) => setTimeout(resolve, 5))
    const fresh = await buildArticle(payload, { title: 'Sync after the mark' })
    const page = await client.changesSince({ since: before })
    expect(page.changes.map((change) => change.id)).toEqual([fresh.id])

    const integrator = await buildUser(payload, ['integrator'])
    const { key } = await buildApiKey(payload, integrator.user.id)
    const keyed = createCmsClient({ baseUrl: BASE_URL, fetch: inProcessFetch, apiKey: key })
    expect(await keyed.changesSince({ since: before })).toEqual(page)
  })

  it('serves localized fields in the asked locale', async () => {
    const before = new Date().toISOString()
    const topic = await payload.create({ collection: 'topics', locale: 'en', data: { name: 'Sync water', slug: 'sync-water' } })
    await payload.update({ collection: 'topics', id: topic.id, locale: 'es', data: { name: 'Sync agua' } })
    const nameIn = async (locale?: 'es') => {
      const page = await client.changesSince({ since: before, ...(locale && { locale }) })
      const change = page.changes.find((entry) => entry.id === topic.id)
      return change?.kind === 'upsert' ? change.doc.name : undefined
    }
    expect(await nameIn('es')).toBe('Sync agua')
    expect(await nameIn()).toBe('Sync water')
  })

  it('refuses bad input with 400 and says what was wrong', async () => {
    for (const [query, message] of [
      ['since=yesterday', /since must be an ISO 8601/],
      ['limit=0', /limit must be/],
      ['limit=101', /limit must be/],
      ['limit=abc', /limit must be/],
      ['after=nonsense', /after is not a cursor/],
      ['depth=3', /depth must be/],
    ] as const) {
      const response = await api(`/api/changes?${query}`)
      expect(response.status, query).toBe(400)
      expect((await json<{ errors: { message: string }[] }>(response)).errors[0]?.message).toMatch(message)
    }
  })

  it('the tombstones themselves are for admins only; the feed is the public way to them', async () => {
    expect((await api('/api/tombstones')).status).toBe(403)
    expect((await api('/api/tombstones', { method: 'POST', body: { docCollection: 'articles', docId: 'x', reason: 'deleted' } })).status).toBe(403)
  })
})
