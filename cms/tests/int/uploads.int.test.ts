import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderPdf } from '../../src/seed/assets'
import { buildEvidence, buildReport } from './factories'
import { api, bootPayload, buildUser, json, login, upload } from './harness'

/** Uploads refuse what they should, with a reason a person can act on. */
let payload: Payload
let editorToken: string
let png: Buffer
let pdf: Buffer

type Refusal = { errors: { message: string; data?: { errors?: { message: string; path: string }[] } }[] }
const reason = async (response: Response) => {
  const body = await json<Refusal>(response)
  return body.errors[0]?.data?.errors?.[0]?.message ?? body.errors[0]?.message
}

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await buildUser(payload, ['editor'])
  editorToken = await login(editor.email, editor.password)
  png = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#7a2e1d' } }).png().toBuffer()
  pdf = await renderPdf({ key: 'test', title: 'Test report', language: 'en', pages: [{ heading: 'One', paragraphs: ['Text.'] }] })
})

afterAll(async () => {
  await payload.destroy()
})

describe('media', () => {
  it('stores an image with alt text, caption and credit, and builds the site sizes with a focal point', async () => {
    const response = await upload(
      '/api/media',
      { data: png, name: 'protest.png', type: 'image/png' },
      { alt: 'Protesters on the road to the mine', caption: 'Piura, 2005', credit: '© Demo' },
      { token: editorToken },
    )
    expect(response.status).toBe(201)
    const { doc } = await json<{
      doc: { alt: string; focalX: number; sizes: Record<string, { width: number; height: number; mimeType: string }> }
    }>(response)
    expect(doc.alt).toBe('Protesters on the road to the mine')
    expect(doc.focalX).toBe(50)
    expect(doc.sizes.og).toMatchObject({ width: 1200, height: 630, mimeType: 'image/jpeg' })
    expect(doc.sizes.hero).toMatchObject({ width: 1600, height: 900, mimeType: 'image/webp' })
    expect(doc.sizes.card).toMatchObject({ width: 800, height: 450 })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 300 })
  })

  it('requires alt text', async () => {
    const response = await upload('/api/media', { data: png, name: 'no-alt.png', type: 'image/png' }, {}, { token: editorToken })
    expect(response.status).toBe(400)
    const body = await json<Refusal>(response)
    expect(body.errors[0]?.data?.errors?.[0]?.path).toBe('alt')
  })

  it('refuses a corrupt image, saying so', async () => {
    const truncated = png.subarray(0, Math.floor(png.length / 3))
    const response = await upload('/api/media', { data: truncated, name: 'broken.png', type: 'image/png' }, { alt: 'x' }, { token: editorToken })
    expect(response.status).toBe(400)
    expect(await reason(response)).toBe('“broken.png” looks like a PNG image but is damaged and cannot be read. Export it again and re-upload.')
  })

  it('refuses a file that is not an image whatever its name', async () => {
    const response = await upload('/api/media', { data: pdf, name: 'photo.jpg', type: 'image/jpeg' }, { alt: 'x' }, { token: editorToken })
    expect(response.status).toBe(400)
    expect(await reason(response)).toMatch(/“photo.jpg” is not an image Chasqui can read/)
  })

  it('refuses an image over 15 MB, giving both sizes', async () => {
    const huge = Buffer.concat([png, Buffer.alloc(16 * 1024 * 1024)])
    const response = await upload('/api/media', { data: huge, name: 'huge.png', type: 'image/png' }, { alt: 'x' }, { token: editorToken })
    expect(response.status).toBe(400)
    expect(await reason(response)).toMatch(/^“huge.png” is 16\.\d MB; images can be at most 15\.0 MB\.$/)
  })

  it('does not fetch files from a URL for anyone', async () => {
    const response = await api('/api/media/paste-url?src=https://example.org/image.png', { token: editorToken })
    expect(response.status).not.toBe(200)
  })
})

describe('documents', () => {
  it('accepts a PDF', async () => {
    const response = await upload(
      '/api/documents',
      { data: pdf, name: 'report.pdf', type: 'application/pdf' },
      { title: 'Report', language: 'en' },
      { token: editorToken },
    )
    expect(response.status).toBe(201)
  })

  it('answers HEAD as GET without the body: a public PDF, a refused one, a JSON read', async () => {
    await payload.create({
      collection: 'documents',
      data: { title: 'Head check', language: 'en', visibility: 'public' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'head-check.pdf', size: pdf.length },
    })
    const head = await api('/api/documents/file/head-check.pdf', { method: 'HEAD' })
    expect([head.status, head.headers.get('content-type'), head.headers.get('content-length')]).toEqual([200, 'application/pdf', String(pdf.length)])
    expect(await head.text()).toBe('')
    await payload.create({
      collection: 'documents',
      data: { title: 'Head staff', language: 'en', visibility: 'staff' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'head-staff.pdf', size: pdf.length },
    })
    expect((await api('/api/documents/file/head-staff.pdf', { method: 'HEAD' })).status).toBe((await api('/api/documents/file/head-staff.pdf')).status)
    const [get, headList] = [await api('/api/documents?limit=1'), await api('/api/documents?limit=1', { method: 'HEAD' })]
    expect([headList.status, headList.headers.get('etag')]).toEqual([200, get.headers.get('etag')])
  })

  it('refuses a renamed executable, judging by content, not name', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 1)])
    const response = await upload(
      '/api/documents',
      { data: elf, name: 'annual-report.pdf', type: 'application/pdf' },
      { title: 'Not a report', language: 'en' },
      { token: editorToken },
    )
    expect(response.status).toBe(400)
    expect(await reason(response)).toBe(
      '“annual-report.pdf” cannot be uploaded: its content is a program (application/x-elf), whatever its name says. Accepted: PDF, Word (DOCX), OpenDocument text (ODT).',
    )
  })

  it('refuses a type it does not list (an image is not a document)', async () => {
    const response = await upload(
      '/api/documents',
      { data: png, name: 'scan.png', type: 'image/png' },
      { title: 'Scan', language: 'en' },
      { token: editorToken },
    )
    expect(response.status).toBe(400)
    expect(await reason(response)).toMatch(/its content is image\/png\. Accepted: PDF/)
  })

  it('refuses a document over 50 MB', async () => {
    const huge = Buffer.concat([pdf, Buffer.alloc(51 * 1024 * 1024)])
    const response = await upload(
      '/api/documents',
      { data: huge, name: 'huge.pdf', type: 'application/pdf' },
      { title: 'Huge', language: 'en' },
      { token: editorToken },
    )
    expect(response.status).toBe(400)
    expect(await reason(response)).toMatch(/documents can be at most 50\.0 MB/)
  })

  it('cuts off anything above the hard limit with a message that says why', async () => {
    const huge = Buffer.concat([pdf, Buffer.alloc(62 * 1024 * 1024)])
    const response = await upload(
      '/api/documents',
      { data: huge, name: 'enormous.pdf', type: 'application/pdf' },
      { title: 'Enormous', language: 'en' },
      { token: editorToken },
    )
    expect(response.status).toBe(413)
    expect(await reason(response)).toBe(
      'The file is larger than 60 MB, more than Chasqui accepts (documents: 50 MB, images: 15 MB).',
    )
  })

  it('keeps the PDF of a members-only report for members while it is members-only; staff-only evidence outranks it', async () => {
    const file = await payload.create({
      collection: 'documents',
      data: { title: 'Members briefing', language: 'en', visibility: 'public' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'members-briefing.pdf', size: pdf.length },
    })
    const visibility = async () => (await payload.findByID({ collection: 'documents', id: file.id })).visibility
    const report = await buildReport(payload, { title: 'Briefing for members', visibility: 'members', pdf: file.id })
    expect(await visibility()).toBe('members')
    expect((await api('/api/documents/file/members-briefing.pdf')).status).toBe(403)

    await payload.update({ collection: 'reports', id: report.id, data: { visibility: 'public' } })
    expect(await visibility()).toBe('public')
    expect((await api('/api/documents/file/members-briefing.pdf')).status).toBe(200)

    await payload.update({ collection: 'reports', id: report.id, data: { visibility: 'members' } })
    const evidence = await buildEvidence(payload, { title: 'Sealed annex', sensitivity: 'staff_only', file: file.id })
    expect(await visibility()).toBe('staff')
    // Evidence made public again: the report still needs members-only, not public.
    await payload.update({ collection: 'evidence', id: evidence.id, data: { sensitivity: 'public' } })
    expect(await visibility()).toBe('members')
    // The report moves to another file: this one is no longer anyone's members-only PDF.
    await payload.update({ collection: 'reports', id: report.id, data: { pdf: null } })
    expect(await visibility()).toBe('public')
  })

  it('serves the file of staff-only evidence to evidence staff only', async () => {
    const file = await payload.create({
      collection: 'documents',
      data: { title: 'Witness statement', language: 'es', visibility: 'public' },
      file: { data: pdf, mimetype: 'application/pdf', name: 'witness.pdf', size: pdf.length },
    })
    await buildEvidence(payload, { title: 'Sealed statement', sensitivity: 'staff_only', file: file.id })
    expect((await payload.findByID({ collection: 'documents', id: file.id })).visibility).toBe('staff')

    expect((await api('/api/documents/file/witness.pdf')).status).toBe(403)
    expect((await api(`/api/documents/${file.id}`)).status).toBe(404)
    expect((await api('/api/documents/file/witness.pdf', { token: editorToken })).status).toBe(200)
  })
})
