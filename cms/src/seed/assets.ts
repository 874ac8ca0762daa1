import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'

import type { DemoDocument, DemoImage } from './content/types'

/**
 * Demo images and PDFs are made here, at seed time, so the repository carries no binary
 * files and nothing is downloaded. Both are deterministic for the same description.
 */

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c)

/** A 1600×900 PNG: the colour, a soft band and the label. */
export async function renderImage(image: DemoImage): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
  <rect width="1600" height="900" fill="${escapeXml(image.colour)}"/>
  <path d="M0 650 C 400 560, 800 760, 1600 600 L 1600 900 L 0 900 Z" fill="#ffffff" fill-opacity="0.12"/>
  <path d="M0 720 C 500 640, 1000 820, 1600 700 L 1600 900 L 0 900 Z" fill="#000000" fill-opacity="0.12"/>
  <text x="80" y="140" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="64" font-weight="bold" fill="#ffffff">${escapeXml(image.label)}</text>
</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

const PAGE = { width: 595.28, height: 841.89, margin: 64 } // A4, points

/** An A4 PDF with a title page line and the given pages of text (Helvetica, wrapped). */
export async function renderPdf(doc: DemoDocument): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(doc.title)
  pdf.setLanguage(doc.language)
  pdf.setCreator('Chasqui demo content')
  // Fixed dates keep the bytes identical from one seed to the next.
  pdf.setCreationDate(new Date('2012-01-01T00:00:00Z'))
  pdf.setModificationDate(new Date('2012-01-01T00:00:00Z'))
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const width = PAGE.width - PAGE.margin * 2

  const wrap = (text: string, size: number, font = regular): string[] => {
    const lines: string[] = []
    let line = ''
    for (const word of text.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word
      if (font.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line)
        line = word
      } else {
        line = candidate
      }
    }
    if (line) lines.push(line)
    return lines
  }

  doc.pages.forEach((section, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height])
    let y = PAGE.height - PAGE.margin
    const write = (text: string, size: number, font = regular, gap = 6) => {
      for (const line of wrap(text, size, font)) {
        page.drawText(line, { x: PAGE.margin, y, size, font, color: rgb(0.1, 0.1, 0.1) })
        y -= size + gap
      }
    }
    if (index === 0) {
      write(doc.title, 20, bold, 8)
      y -= 12
    }
    write(section.heading, 14, bold)
    y -= 6
    for (const paragraph of section.paragraphs) {
      write(paragraph, 11)
      y -= 8
    }
    page.drawText(`${index + 1} / ${doc.pages.length}`, {
      x: PAGE.width - PAGE.margin - 24,
      y: PAGE.margin / 2,
      size: 9,
      font: regular,
      color: rgb(0.4, 0.4, 0.4),
    })
  })
  return Buffer.from(await pdf.save({ useObjectStreams: false }))
}
