/**
 * Seeds a realistic volume of content for the site's benchmark (`pnpm bench:web`):
 * 5,000 articles, 500 reports, 50 bulletins and 300 Spanish translations, on top of the
 * demo content, through the Local API — so every hook runs (search index, editions,
 * versions) and the database looks like one an editor filled.
 *
 *   node ../scripts/run-ts.mjs scripts/seed-volume.ts [--scale=0.1]
 *
 * Run from cms/ with DATABASE_URI=file:<path> (and NODE_ENV=production, PAYLOAD_SECRET)
 * like prepare.ts: it applies the migrations and the demo seed first. `--scale` shrinks
 * the volume for a quick try. Content is generated from a fixed seed, so every run plans
 * the same documents; those already in the database (matched by slug or issue number)
 * are skipped, and a second run adds nothing.
 */
import '../src/lib/script-entry'

import { ARTICLE_KINDS, REGIONS, REPORT_KINDS } from '@chasqui/cms-types'
import {
  commitTransaction,
  createLocalReq,
  getPayload,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { applyMigrations } from '../src/db/migrate'
import { getEnv } from '../src/env'
import { toSlug } from '../src/lib/to-slug'
import config from '../src/payload.config'
import { seed } from '../src/seed'

const scaleArg = process.argv.find((arg) => arg.startsWith('--scale='))
const SCALE = scaleArg ? Number(scaleArg.slice('--scale='.length)) : 1
if (!(SCALE > 0 && SCALE <= 1)) throw new Error('--scale must be a number in (0, 1]')

const VOLUME = {
  bulletins: Math.ceil(50 * SCALE),
  articles: Math.ceil(5_000 * SCALE),
  reports: Math.ceil(500 * SCALE),
}
/** Issues 1–50 come long before the demo's 152–154, so their numbers (unique) never clash. */
const FIRST_BULLETIN = 1
const YEARS = { first: 2000, last: 2012 }
const PROGRESS_EVERY = 250
/**
 * Documents saved per transaction. Each transaction takes the in-process write lock,
 * configures a fresh libsql connection (db/sqlite-connections.ts) and commits; sharing
 * one between a batch's saves roughly doubled the rate when measured (13 → 24 docs/s).
 * Saves run one after another: SQLite writes are serialized in the process and the local
 * driver is synchronous, so concurrent saves would only queue for the lock.
 */
const BATCH_SIZE = 50

// ─── Generated text ───────────────────────────────────────────────────────────────────

/** mulberry32: a tiny seeded generator, so every run plans the same documents. */
function random(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const some = <T>(items: readonly T[], min: number, max: number): T[] => {
    const chosen = new Set<T>()
    const count = Math.min(between(min, max), items.length)
    while (chosen.size < count) chosen.add(pick(items))
    return [...chosen]
  }
  return { next, pick, between, some }
}
type Random = ReturnType<typeof random>

const EN = {
  actors: ['Communities', 'Rural women', 'Indigenous organisations', 'Farmers', 'Human rights defenders', 'Local mayors', 'Trade unions', 'Students', 'Fishing cooperatives', 'Church groups'],
  places: REGIONS.filter((region) => region.value !== 'national').map((region) => region.label),
  verbs: ['challenge', 'denounce', 'question', 'resist', 'take to court', 'call for an inquiry into', 'negotiate over', 'document'],
  subjects: ['a mining concession', 'an oil spill', 'water contamination', 'a new dam', 'police violence', 'land titling delays', 'forced sterilisations', 'a gas pipeline', 'illegal logging', 'the consultation law'],
  words: ['mining', 'water', 'consultation', 'copper', 'gold', 'river', 'court', 'protest', 'land', 'forest', 'health', 'congress', 'ombudsman', 'company', 'community', 'rights', 'government', 'investment', 'pollution', 'dialogue', 'justice', 'truth commission', 'reparations', 'defenders', 'territory', 'budget', 'regional government', 'election', 'prosecutor', 'evidence'],
  openings: ['In a statement this week,', 'According to local sources,', 'After months of negotiation,', 'Despite official denials,', 'For the third time this year,', 'As the dry season began,'],
  authors: ['PSG Secretariat', 'Ana Quispe', 'John Crabtree', 'Lucía Mamani', 'Tom Hartley', 'Rosa Huamán', 'Peter Lyons', 'Carmen Flores'],
  partners: ['CooperAcción', 'CAAAP', 'Red Muqui', 'APRODEH', 'CONACAMI', 'IDL', 'Oxfam', 'CAFOD'],
}
const ES = {
  words: ['minería', 'agua', 'consulta', 'cobre', 'oro', 'río', 'tribunal', 'protesta', 'tierra', 'bosque', 'salud', 'congreso', 'defensoría', 'empresa', 'comunidad', 'derechos', 'gobierno', 'inversión', 'contaminación', 'diálogo', 'justicia', 'reparaciones', 'territorio'],
  openings: ['En un comunicado esta semana,', 'Según fuentes locales,', 'Tras meses de negociación,', 'Pese a los desmentidos oficiales,'],
  translators: ['Traducido por Ana Quispe', 'Traducido por Lucía Mamani', 'Traducido por Rosa Huamán'],
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function sentence(rng: Random, vocabulary: { words: string[]; openings: string[] }): string {
  const words = Array.from({ length: rng.between(10, 22) }, () => rng.pick(vocabulary.words))
  const body = words.join(' ')
  return rng.next() < 0.3 ? `${rng.pick(vocabulary.openings)} ${body}.` : `${capitalise(body)}.`
}

function paragraphs(rng: Random, vocabulary: { words: string[]; openings: string[] }, min: number, max: number): string[] {
  return Array.from({ length: rng.between(min, max) }, () =>
    Array.from({ length: rng.between(3, 6) }, () => sentence(rng, vocabulary)).join(' '),
  )
}

const textNode = (text: string) => ({ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' })
const block = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

/** A Lexical body: the paragraphs, with a sub-heading before the second half. */
function lexical(texts: string[], heading: string) {
  const nodes: Record<string, unknown>[] = texts.map((text) => ({ ...block, type: 'paragraph', textFormat: 0, children: [textNode(text)] }))
  nodes.splice(Math.ceil(nodes.length / 2), 0, { ...block, type: 'heading', tag: 'h2', children: [textNode(heading)] })
  return { root: { ...block, type: 'root', children: nodes } }
}

/** A publication date in the archive's years, at a plausible time of day. */
function dateIn(rng: Random): Date {
  const start = Date.UTC(YEARS.first, 0, 1)
  const end = Date.UTC(YEARS.last, 11, 31)
  const day = new Date(start + Math.floor(rng.next() * ((end - start) / 86_400_000)) * 86_400_000)
  day.setUTCHours(rng.between(7, 18), rng.pick([0, 15, 30, 45]))
  return day
}

// ─── The plan ─────────────────────────────────────────────────────────────────────────

type VolumeCollection = 'bulletins' | 'articles' | 'reports' | 'translations'
/** Per collection, the id of each document by its key (slug, or a bulletin's number). */
type Saved = Record<VolumeCollection, Map<string, string>>
/**
 * A document to create, found again by `key`. `links` gives the fields that refer to
 * documents planned before it, whose ids are known only once those are saved.
 */
type Plan = { key: string; data: Record<string, unknown>; links?: (saved: Saved) => Record<string, unknown> }

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const DAY_MS = 86_400_000

/** Quarterly issues from January 2000: issue FIRST_BULLETIN + n covers months 3n to 3n + 2. */
function planBulletin(index: number): Plan {
  const number = FIRST_BULLETIN + index
  const first = new Date(Date.UTC(YEARS.first, index * 3, 1))
  const end = new Date(Date.UTC(YEARS.first, index * 3 + 3, 1))
  const last = new Date(end.getTime() - DAY_MS)
  const rng = random(1_000 + index)
  return {
    key: String(number),
    data: {
      number,
      title: `Update ${number}`,
      period: `${MONTHS[first.getUTCMonth()]} – ${MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()}`,
      summary: paragraphs(rng, EN, 1, 1)[0],
      visibility: 'public',
      _status: 'published',
      publishedAt: new Date(end.getTime() + 10 * DAY_MS).toISOString(),
    },
  }
}

/** The number of the seeded issue covering `date`, if any. */
function issueCovering(date: Date): number | undefined {
  const index = Math.floor(((date.getUTCFullYear() - YEARS.first) * 12 + date.getUTCMonth()) / 3)
  return index < VOLUME.bulletins ? FIRST_BULLETIN + index : undefined
}

function editorialFields(rng: Random, topics: string[], kinds: readonly string[]) {
  const title = `${rng.pick(EN.actors)} in ${rng.pick(EN.places)} ${rng.pick(EN.verbs)} ${rng.pick(EN.subjects)}`
  const publishedAt = dateIn(rng)
  return {
    publishedAt,
    data: {
      title,
      kind: rng.pick(kinds),
      summary: paragraphs(rng, EN, 1, 1)[0],
      body: lexical(paragraphs(rng, EN, 4, 9), capitalise(`${rng.pick(EN.words)} and ${rng.pick(EN.words)}`)),
      topics: rng.some(topics, 1, 3),
      regions: rng.next() < 0.15 ? ['national'] : rng.some(REGIONS.map((region) => region.value).slice(1), 1, 2),
      language: 'en',
      _status: 'published',
      publishedAt: publishedAt.toISOString(),
    },
  }
}

/**
 * A unique slug that survives the cms's slug normalisation (toSlug caps at 96
 * characters): the title part is shortened so the number is never cut off, and the key
 * matches what the database stores.
 */
function numberedSlug(title: string, suffix: string): string {
  return `${toSlug(title).slice(0, 96 - suffix.length).replace(/-+$/, '')}${suffix}`
}

function planArticle(index: number, topics: string[]): Plan {
  const rng = random(10_000 + index)
  const { publishedAt, data } = editorialFields(rng, topics, ARTICLE_KINDS)
  const slug = numberedSlug(data.title, `-${index + 1}`)
  // One article in five appeared in the issue that covers its date.
  const issue = index % 5 === 0 ? issueCovering(publishedAt) : undefined
  return {
    key: slug,
    data: {
      ...data,
      slug,
      authors: rng.some(EN.authors, 1, 2).map((name) => ({ name })),
      // A few members-only pieces, as in a real archive: their bodies stay out of the index.
      visibility: index % 20 === 7 ? 'members' : 'public',
    },
    links: issue === undefined ? undefined : (saved) => ({ bulletin: saved.bulletins.get(String(issue)) }),
  }
}

function planReport(index: number, topics: string[]): Plan {
  const rng = random(100_000 + index)
  const { data } = editorialFields(rng, topics, REPORT_KINDS)
  const slug = numberedSlug(data.title, `-report-${index + 1}`)
  return {
    key: slug,
    data: {
      ...data,
      slug,
      reportNumber: `R-${String(index + 1).padStart(4, '0')}`,
      partners: rng.some(EN.partners, 0, 2).map((name) => ({ name })),
      visibility: 'public',
    },
  }
}

function planTranslation(index: number, original: { collection: 'articles' | 'reports'; key: string }): Plan {
  const rng = random(200_000 + index)
  const title = capitalise(Array.from({ length: rng.between(5, 9) }, () => rng.pick(ES.words)).join(' '))
  const slug = numberedSlug(title, `-${index + 1}`)
  return {
    key: slug,
    data: {
      language: 'es',
      title,
      slug,
      summary: paragraphs(rng, ES, 1, 1)[0],
      body: lexical(paragraphs(rng, ES, 4, 8), capitalise(`${rng.pick(ES.words)} y ${rng.pick(ES.words)}`)),
      translator: rng.pick(ES.translators),
      visibility: 'public',
      _status: 'published',
      publishedAt: dateIn(rng).toISOString(),
    },
    links: (saved) => ({ original: { relationTo: original.collection, value: saved[original.collection].get(original.key) } }),
  }
}

/**
 * Spanish editions of every twentieth article and every tenth report: 300 at full scale.
 * Only public originals (index 3, never 7), since a translation of a members-only
 * original is members-only too.
 */
function planTranslations(articles: Plan[], reports: Plan[]): Plan[] {
  const originals = [
    ...articles.filter((_, index) => index % 20 === 3).map((plan) => ({ collection: 'articles' as const, key: plan.key })),
    ...reports.filter((_, index) => index % 10 === 3).map((plan) => ({ collection: 'reports' as const, key: plan.key })),
  ]
  return originals.map((original, index) => planTranslation(index, original))
}

// ─── Saving ───────────────────────────────────────────────────────────────────────────

/** Counts saves and prints rate and ETA every PROGRESS_EVERY documents. */
function progressMeter(total: number) {
  const started = Date.now()
  let done = 0
  return {
    add(count: number) {
      const before = done
      done += count
      if (Math.floor(before / PROGRESS_EVERY) === Math.floor(done / PROGRESS_EVERY) && done !== total) return
      const rate = done / ((Date.now() - started) / 1000)
      console.log(`  ${String(done).padStart(5)} / ${total} created  ${rate.toFixed(0)} docs/s  ETA ${((total - done) / rate).toFixed(0)} s`)
    },
  }
}

type Meter = ReturnType<typeof progressMeter>

/** The key (slug or number) and id of every document in the collection, drafts included. */
async function existing(payload: Payload, collection: VolumeCollection, field: 'slug' | 'number'): Promise<Map<string, string>> {
  const found = await payload.find({ collection, select: { [field]: true }, depth: 0, limit: 0, pagination: false, draft: true })
  return new Map(found.docs.map((doc) => [String((doc as { slug?: string | null; number?: number })[field]), String(doc.id)]))
}

/**
 * Creates the documents in batches, each batch in one transaction (see BATCH_SIZE), and
 * records their ids in `saved`. The `seeding` context keeps the cms from telling the site
 * about every save (hooks/notify-web.ts; it also sends nothing without REVALIDATE_SECRET).
 */
async function createAll(payload: Payload, collection: VolumeCollection, plans: Plan[], saved: Saved, meter: Meter) {
  for (let start = 0; start < plans.length; start += BATCH_SIZE) {
    const batch = plans.slice(start, start + BATCH_SIZE)
    const req = await createLocalReq({ context: { seeding: true } }, payload)
    await inTransaction(req, async () => {
      for (const plan of batch) {
        const data = { ...plan.data, ...plan.links?.(saved) }
        const doc = await payload.create({ collection, data, depth: 0, req } as Parameters<Payload['create']>[0])
        saved[collection].set(plan.key, String(doc.id))
      }
    })
    meter.add(batch.length)
  }
}

async function inTransaction(req: PayloadRequest, work: () => Promise<void>) {
  await initTransaction(req)
  try {
    await work()
    await commitTransaction(req)
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

// ─── Run ──────────────────────────────────────────────────────────────────────────────

const started = Date.now()
const payload = await getPayload({ config, cron: false })
if (getEnv().isProduction) await applyMigrations(payload)
await seed(payload)

const [bulletins, articles, reports, translations, topicDocs] = await Promise.all([
  existing(payload, 'bulletins', 'number'),
  existing(payload, 'articles', 'slug'),
  existing(payload, 'reports', 'slug'),
  existing(payload, 'translations', 'slug'),
  payload.find({ collection: 'topics', select: {}, depth: 0, limit: 0, pagination: false }),
])
const saved: Saved = { bulletins, articles, reports, translations }
const topics = topicDocs.docs.map((doc) => String(doc.id))

const articlePlans = Array.from({ length: VOLUME.articles }, (_, index) => planArticle(index, topics))
const reportPlans = Array.from({ length: VOLUME.reports }, (_, index) => planReport(index, topics))
// In this order: each collection refers only to those before it.
const plans: [VolumeCollection, Plan[]][] = [
  ['bulletins', Array.from({ length: VOLUME.bulletins }, (_, index) => planBulletin(index))],
  ['articles', articlePlans],
  ['reports', reportPlans],
  ['translations', planTranslations(articlePlans, reportPlans)],
]
const missing = plans.map(([collection, list]) => [collection, list.filter((plan) => !saved[collection].has(plan.key))] as const)
const planned = plans.reduce((sum, [, list]) => sum + list.length, 0)
const toCreate = missing.reduce((sum, [, list]) => sum + list.length, 0)
console.log(`Benchmark volume (scale ${SCALE}): ${planned} documents planned, ${planned - toCreate} already present, ${toCreate} to create.`)

const meter = progressMeter(toCreate)
for (const [collection, list] of missing) await createAll(payload, collection, list, saved, meter)

console.log(`Benchmark volume ready in ${((Date.now() - started) / 1000).toFixed(0)} s (with migrations and the demo seed).`)
await payload.destroy()
process.exit(0)
