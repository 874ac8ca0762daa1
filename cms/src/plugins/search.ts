import { COLLECTIONS, type Language, LANGUAGES, REGIONS } from '@chasqui/cms-types'
import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { anyone, nobody } from '../access'
import { editionsOf, showIn, workOf } from '../lib/editions'
import { findOne } from '../lib/find-one'
import { plainText } from '../lib/plain-text'
import { fullTextSearch } from './full-text'

export const SEARCHABLE_COLLECTIONS = ['articles', 'bulletins', 'reports', 'case-studies', 'evidence', 'pages', 'translations']

/** How much of a body the index keeps: enough to match on, small enough to stay fast. */
const MAX_TEXT = 20_000

type Doc = Record<string, unknown> & { id: string }

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : (item as { id: string }).id)) : []

/** The words a document contributes to the index, or none when the body is not public. */
function publicText(collection: string, doc: Doc): string {
  if (doc.visibility === 'members') return ''
  switch (collection) {
    case 'case-studies':
      return plainText(
        (doc.chapters as { title?: string; body?: unknown }[] | undefined)?.flatMap((c) => [c.title, c.body]) ?? [],
      )
    case 'pages':
      return plainText(
        (doc.layout as Record<string, unknown>[] | undefined)?.flatMap((block) => [block.content, block.heading, block.text]) ??
          [],
      )
    case 'evidence':
      return plainText(doc.description, doc.sensitivity === 'public' ? doc.transcript : undefined)
    case 'translations':
      return plainText(doc.body, (doc.chapters as { body?: unknown }[] | undefined)?.map((c) => c.body) ?? [])
    default:
      return plainText(doc.body)
  }
}

async function taxonomyOf(collection: string, doc: Doc, req: PayloadRequest) {
  if (collection !== 'translations') return { topics: idsOf(doc.topics), regions: doc.regions ?? (doc.region ? [doc.region] : []) }
  const ref = doc.original as { relationTo: 'articles' | 'reports' | 'case-studies' | 'pages'; value: string | { id: string } }
  const id = typeof ref?.value === 'string' ? ref.value : ref?.value?.id
  if (!id) return { topics: [], regions: [] }
  const original = await findOne<Doc>(req, ref.relationTo, id, { select: { topics: true, regions: true } })
  return { topics: idsOf(original?.topics), regions: (original?.regions as string[] | undefined) ?? [] }
}

/**
 * What the index stores: enough to list, filter (type, topic, region, year, language)
 * and match a result — teaser fields for members-only documents, never their bodies.
 */
const toSearchDoc: BeforeSync = async ({ collectionSlug, originalDoc, searchDoc, req }) => {
  const doc = originalDoc as Doc
  const publishedAt = (doc.publishedAt ?? doc.date ?? null) as string | null
  const { topics, regions } = await taxonomyOf(collectionSlug, doc, req)
  const bulletin = await bulletinOf(collectionSlug, doc, req)
  const work = workOf(collectionSlug, doc)
  const editions = work ? (await editionsOf(work, req)).editions : []
  const original = doc.original as { relationTo?: string } | undefined
  return {
    ...searchDoc,
    title: String(doc.title ?? ''),
    type: collectionSlug,
    kind: (doc.kind as string | undefined) ?? null,
    originalType: original?.relationTo ?? null,
    summary: ((doc.summary ?? doc.description ?? '') as string).slice(0, 2_000),
    text: publicText(collectionSlug, doc).slice(0, MAX_TEXT),
    language: (doc.language as string | undefined) ?? 'en',
    slug: (doc.slug as string | undefined) ?? null,
    number: (doc.number as number | undefined) ?? null,
    publishedAt,
    year: publishedAt ? new Date(publishedAt).getUTCFullYear() : null,
    topics,
    regions,
    visibility: (doc.visibility as string | undefined) ?? 'public',
    bulletinNumber: bulletin?.number ?? null,
    bulletinPeriod: bulletin?.period ?? null,
    editions,
    showIn: showIn(
      work ? { language: (doc.language as Language | undefined) ?? 'en', isOriginal: collectionSlug !== 'translations' } : null,
      editions,
    ),
  }
}

/** The issue a bulletin is, or an article appeared in: feeds label items “153. Aug – Sep 2012”. */
async function bulletinOf(collection: string, doc: Doc, req: PayloadRequest) {
  if (collection === 'bulletins') return { number: doc.number as number, period: doc.period as string }
  const id = typeof doc.bulletin === 'string' ? doc.bulletin : (doc.bulletin as { id?: string } | undefined)?.id
  if (collection !== 'articles' || !id) return null
  const issue = await findOne<{ number?: number; period?: string }>(req, 'bulletins', id, {
    select: { number: true, period: true },
  })
  return issue?.number ? { number: issue.number, period: issue.period ?? '' } : null
}

/** Staff-only evidence is never indexed. */
const isUnindexable = (collection: string, doc: Doc) => collection === 'evidence' && doc.sensitivity === 'staff_only'

/**
 * The plugin's `skipSync` only skips: an item indexed while public and then made
 * staff-only would keep its entry. This hook (on evidence) removes it.
 */
export const removeUnindexableFromSearch: CollectionAfterChangeHook = async ({ doc, collection, req }) => {
  if (!isUnindexable(collection.slug, doc as Doc)) return doc
  await req.payload.delete({
    collection: 'search',
    where: { and: [{ 'doc.relationTo': { equals: collection.slug } }, { 'doc.value': { equals: doc.id } }] },
    overrideAccess: true,
    req,
  })
  return doc
}

export const search = searchPlugin({
  collections: SEARCHABLE_COLLECTIONS,
  localize: false,
  syncDrafts: false,
  deleteDrafts: true,
  skipSync: ({ collectionSlug, doc }) => isUnindexable(collectionSlug, doc as Doc),
  beforeSync: toSearchDoc,
  defaultPriorities: { reports: 20, 'case-studies': 20, articles: 10, bulletins: 10, pages: 5, translations: 5, evidence: 1 },
  searchOverrides: {
    slug: COLLECTIONS.search,
    access: { read: anyone, create: nobody, update: nobody, delete: nobody },
    endpoints: [fullTextSearch],
    admin: { group: 'Settings', defaultColumns: ['title', 'type', 'language', 'publishedAt'] },
    fields: ({ defaultFields }) => [
      ...defaultFields,
      { name: 'type', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'kind', type: 'text', index: true, admin: { readOnly: true } },
      { name: 'originalType', type: 'text', admin: { readOnly: true } },
      { name: 'summary', type: 'textarea', admin: { readOnly: true } },
      { name: 'text', type: 'textarea', admin: { readOnly: true, hidden: true } },
      {
        name: 'language',
        type: 'select',
        index: true,
        options: [...LANGUAGES],
        admin: { readOnly: true },
      },
      { name: 'slug', type: 'text', admin: { readOnly: true } },
      { name: 'number', type: 'number', admin: { readOnly: true } },
      { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
      { name: 'year', type: 'number', index: true, admin: { readOnly: true } },
      { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true, index: true, admin: { readOnly: true } },
      {
        name: 'regions',
        type: 'select',
        hasMany: true,
        options: REGIONS.map(({ value, label }) => ({ value, label })),
        admin: { readOnly: true },
      },
      { name: 'visibility', type: 'text', admin: { readOnly: true } },
      { name: 'bulletinNumber', type: 'number', admin: { readOnly: true } },
      { name: 'bulletinPeriod', type: 'text', admin: { readOnly: true } },
      // The work's published editions ({ language, path }), for hreflang.
      { name: 'editions', type: 'json', admin: { readOnly: true } },
      // The feed languages this entry appears in (lib/editions.ts showIn).
      { name: 'showIn', type: 'text', index: true, admin: { readOnly: true } },
    ],
  },
})
