/**
 * A minimal mirror of Chasqui's public content: one JSON file per document under
 * ./mirror/<collection>/<id>.json, and the feed cursor in ./mirror/cursor.txt. Run it
 * as often as you like (cron); each run applies what changed since the last.
 *
 *   CHASQUI_URL=https://cms.example.org CHASQUI_API_KEY=chq_… npx tsx examples/mirror.ts
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { createCmsClient, type Change } from '@chasqui/cms-client'

const root = path.resolve('mirror')
const cursorFile = path.join(root, 'cursor.txt')

const cms = createCmsClient({
  baseUrl: process.env.CHASQUI_URL ?? 'http://localhost:3000',
  apiKey: process.env.CHASQUI_API_KEY,
})

async function apply(change: Change): Promise<void> {
  const file = path.join(root, change.collection, `${change.id}.json`)
  if (change.kind === 'upsert') {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, JSON.stringify(change.doc, null, 2))
  } else {
    await rm(file, { force: true })
  }
}

async function main(): Promise<void> {
  await mkdir(root, { recursive: true })
  let cursor = await readFile(cursorFile, 'utf8').then((text) => text.trim() || undefined, () => undefined)
  let applied = 0
  for (let hasMore = true; hasMore; ) {
    const page = await cms.changesSince(cursor ? { after: cursor, limit: 100 } : { limit: 100 })
    for (const change of page.changes) await apply(change)
    applied += page.changes.length
    cursor = page.nextCursor
    // Saved after the page is applied: a crash repeats a page (harmless), never skips one.
    await writeFile(cursorFile, cursor)
    hasMore = page.hasMore
  }
  console.log(`${applied} change(s) applied; cursor saved in ${cursorFile}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
