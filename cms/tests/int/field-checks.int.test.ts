import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildArticle, buildCaseStudy, buildEvidence, buildReport } from './factories'
import { api, bootPayload, buildUser, json, login } from './harness'

type Refusal = { errors: { data?: { errors?: { path: string; message: string }[] } }[] }

/** What editors type that cannot be right is refused with 400 naming the field, drafts included; nothing is saved. */
describe('field checks', () => {
  let payload: Payload
  let token: string

  /** The field errors of a 400, as path → message; fails the test on any other status. */
  async function refusal(path: string, body: unknown, method = 'PATCH'): Promise<Record<string, string>> {
    const response = await api(path, { method, token, body })
    expect(response.status, `${method} ${path}`).toBe(400)
    const errors = (await json<Refusal>(response)).errors[0]?.data?.errors ?? []
    return Object.fromEntries(errors.map((error) => [error.path, error.message]))
  }

  async function accepted(path: string, body: unknown, method = 'PATCH') {
    const response = await api(path, { method, token, body })
    expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300)
  }

  beforeAll(async () => {
    payload = await bootPayload()
    const admin = await buildUser(payload, ['admin'])
    token = await login(admin.email, admin.password)
  })

  afterAll(async () => {
    await payload.destroy()
  })

  it('a date that is not one, at any depth and in a draft, is refused instead of failing with 500', async () => {
    const article = await buildArticle(payload, { title: 'Dated piece' })
    const notADate = 'Not a date: "2026-13-45". Give one such as 2012-10-05 or 2012-10-05T14:30:00Z.'
    expect(await refusal(`/api/articles/${article.id}`, { publishedAt: '2026-13-45' })).toEqual({ publishedAt: notADate })
    expect(await refusal(`/api/articles/${article.id}?draft=true`, { _status: 'draft', publishedAt: 'yesterday' })).toEqual({
      publishedAt: 'Not a date: "yesterday". Give one such as 2012-10-05 or 2012-10-05T14:30:00Z.',
    })
    const study = await buildCaseStudy(payload, { title: 'Dated study' })
    expect(await refusal(`/api/case-studies/${study.id}`, { timeline: [{ date: '2026-13-45', event: 'Something' }] })).toEqual({ 'timeline.0.date': notADate })
    expect((await payload.findByID({ collection: 'articles', id: article.id })).publishedAt).toBe(article.publishedAt)
  })

  it('publishing with a date ahead is refused (it would show now, dated then); a draft may carry one', async () => {
    const article = await buildArticle(payload, { title: 'Early piece' })
    expect(Object.values(await refusal(`/api/articles/${article.id}`, { publishedAt: '2099-01-01T00:00:00.000Z' }))).toEqual([
      'This date is in the future, and publishing now would show it now, dated then. Set today’s date, or save a draft and use “Schedule publish”.',
    ])
    await accepted(`/api/articles/${article.id}?draft=true`, { _status: 'draft', publishedAt: '2099-01-01T00:00:00.000Z' })
    await accepted(`/api/articles/${article.id}`, { _status: 'published', publishedAt: new Date().toISOString() })
  })

  it('a document published without a slug is refused (a title of "???" makes none); a draft may have none', async () => {
    const data = { title: '???', summary: 'No letters.', language: 'en', kind: 'news', visibility: 'public' }
    expect(await refusal('/api/articles', { ...data, _status: 'published' }, 'POST')).toEqual({
      slug: 'A published document needs a slug (its address on the site): type one, using letters or digits.',
    })
    await accepted('/api/articles?draft=true', { ...data, _status: 'draft' }, 'POST')
  })

  it('a bulletin number is a whole number', async () => {
    const data = { title: 'Update 900', period: 'Jan 2013', visibility: 'public', _status: 'published' }
    expect(await refusal('/api/bulletins', { ...data, number: 900.5 }, 'POST')).toEqual({ number: 'The issue number is a whole number from 1, such as 154.' })
    await accepted('/api/bulletins', { ...data, number: 900 }, 'POST')
  })

  it("web addresses are full http(s) addresses: a report's partners, an evidence item's original", async () => {
    const report = await buildReport(payload, { title: 'Partnered report' })
    const message = 'Enter a full web address starting with http:// or https://'
    expect(await refusal(`/api/reports/${report.id}`, { partners: [{ name: 'CooperAcción', url: 'not a url' }] })).toEqual({ 'partners.0.url': message })
    await accepted(`/api/reports/${report.id}`, { partners: [{ name: 'CooperAcción', url: 'https://cooperaccion.org.pe/' }] })
    const evidence = await buildEvidence(payload, { title: 'Video of the march' })
    expect(await refusal(`/api/evidence/${evidence.id}`, { url: 'javascript:alert(1)' })).toEqual({ url: message })
  })

  it('a menu link leads somewhere: a page or topic, a path of the site, or a web address', async () => {
    const menu = (path: string | null) => ({ header: [{ label: 'Reports', path }] })
    const pathMessage = 'Give a path of the site starting with / (such as /reports) or a full web address starting with https://'
    for (const path of ['reports', 'javascript:alert(1)', '//evil.example']) {
      expect(await refusal('/api/globals/navigation', menu(path), 'POST'), path).toEqual({ 'header.0.path': pathMessage })
    }
    expect(await refusal('/api/globals/navigation', menu(null), 'POST')).toEqual({
      'header.0.path': 'Choose a page or topic, or give a path such as /reports or a web address.',
    })
    for (const path of ['/reports', 'https://perusupportgroup.org.uk/']) await accepted('/api/globals/navigation', menu(path), 'POST')
  })
})
