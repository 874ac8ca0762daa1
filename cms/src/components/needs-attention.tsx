import Link from 'next/link'
import type { CollectionSlug, Payload, SanitizedPermissions, TypedUser } from 'payload'

import { getEnv } from '../env'

/** The collections whose drafts the dashboard lists: what editors and translators write. */
const DRAFTED = ['articles', 'bulletins', 'reports', 'case-studies', 'evidence', 'translations', 'pages'] as const satisfies CollectionSlug[]
const DRAFTS_SHOWN = 8

/** `live`: an earlier version is published, so the site shows that one until this is published. */
type Draft = { id: string; title: string; updatedAt: string; collection: (typeof DRAFTED)[number]; live: boolean }
type Props = { payload: Payload; user?: TypedUser | null; permissions?: SanitizedPermissions; i18n?: { language: string } }

/** In the admin's language (English or Spanish, like the rest of the admin). */
const WORDING = {
  en: {
    title: 'Needs attention',
    site: 'View the public site',
    noDrafts: 'No drafts',
    drafts: (count: number) => (count === 1 ? '1 draft or unpublished change' : `${count} drafts or unpublished changes`),
    edited: 'edited',
    notPublished: 'not published',
    unpublishedChanges: 'published, with unpublished changes',
    untitled: '(untitled)',
    noMembers: 'No members waiting for approval',
    members: (count: number) => (count === 1 ? '1 member waiting for approval' : `${count} members waiting for approval`),
    noCorrections: 'No new MineWatch corrections',
    corrections: (count: number) => (count === 1 ? '1 new MineWatch correction' : `${count} new MineWatch corrections`),
  },
  es: {
    title: 'Pendiente',
    site: 'Ver el sitio público',
    noDrafts: 'Ningún borrador',
    drafts: (count: number) => (count === 1 ? '1 borrador o cambio sin publicar' : `${count} borradores o cambios sin publicar`),
    edited: 'editado',
    notPublished: 'sin publicar',
    unpublishedChanges: 'publicado, con cambios sin publicar',
    untitled: '(sin título)',
    noMembers: 'Ningún socio espera aprobación',
    members: (count: number) => (count === 1 ? '1 socio espera aprobación' : `${count} socios esperan aprobación`),
    noCorrections: 'Ninguna corrección nueva de MineWatch',
    corrections: (count: number) => (count === 1 ? '1 corrección nueva de MineWatch' : `${count} correcciones nuevas de MineWatch`),
  },
}

const canRead = (permissions: Props['permissions'], slug: CollectionSlug) => Boolean(permissions?.collections?.[slug]?.read)

/**
 * Above the dashboard's collection cards: what is waiting for the person logged in, as
 * far as their role lets them read it. The latest drafts and unpublished changes, members
 * waiting for approval, and readers' MineWatch corrections not yet looked at; with a link
 * to the public site. Each list is read with the user's own access, so nobody sees more
 * here than in the collections themselves.
 */
export async function NeedsAttention({ payload, user, permissions, i18n }: Props) {
  if (!user) return null
  const language = i18n?.language === 'es' ? 'es' : 'en'
  const words = WORDING[language]
  const asUser = { overrideAccess: false, user, depth: 0 } as const
  /** How many documents of a collection match, or null when the user may not read it (its line is left out). */
  const countOf = async (collection: 'members' | 'corrections', status: string) =>
    canRead(permissions, collection) ? (await payload.count({ ...asUser, collection, where: { status: { equals: status } } })).totalDocs : null
  const [draftLists, pendingMembers, newCorrections] = await Promise.all([
    Promise.all(
      DRAFTED.filter((slug) => canRead(permissions, slug)).map(async (collection) => {
        const { docs, totalDocs } = await payload.find({
          ...asUser,
          collection,
          draft: true,
          where: { _status: { equals: 'draft' } },
          sort: '-updatedAt',
          limit: DRAFTS_SHOWN,
          select: { title: true, updatedAt: true },
        })
        // Which of them the site shows an earlier, published version of: a draft saved over a
        // published document leaves the published one in the collection, where a new or
        // unpublished document is itself a draft.
        const ids = docs.map((doc) => doc.id)
        const published = ids.length
          ? await payload.find({
              ...asUser,
              collection,
              where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
              limit: ids.length,
              pagination: false,
              select: { updatedAt: true },
            })
          : { docs: [] }
        const live = new Set(published.docs.map((doc) => doc.id))
        return {
          total: totalDocs,
          docs: docs.map((doc): Draft => ({ id: String(doc.id), title: doc.title, updatedAt: doc.updatedAt, collection, live: live.has(doc.id) })),
        }
      }),
    ),
    countOf('members', 'pending'),
    countOf('corrections', 'new'),
  ])
  const draftTotal = draftLists.reduce((sum, list) => sum + list.total, 0)
  const drafts = draftLists
    .flatMap((list) => list.docs)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, DRAFTS_SHOWN)
  const label = (slug: CollectionSlug) => {
    const singular = payload.collections[slug]?.config.labels.singular
    return typeof singular === 'string' ? singular : slug
  }
  const date = new Intl.DateTimeFormat(language === 'es' ? 'es-PE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' })

  const gap = 'calc(var(--base) / 2)'
  return (
    <section
      aria-labelledby="needs-attention-title"
      style={{ margin: '0 0 calc(var(--base) * 2)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)' }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', gap }}>
        <h2 id="needs-attention-title" style={{ margin: 0 }}>
          {words.title}
        </h2>
        <a href={getEnv().webUrl}>{words.site}</a>
      </div>
      <h3 style={{ fontSize: '1.1rem', margin: `var(--base) 0 ${gap}` }}>
        {draftTotal === 0 ? words.noDrafts : words.drafts(draftTotal)}
      </h3>
      {drafts.length > 0 ? (
        <ul style={{ margin: 0, paddingLeft: '1.25rem' }}>
          {drafts.map((draft) => (
            <li key={`${draft.collection}:${draft.id}`}>
              <Link href={`/admin/collections/${draft.collection}/${draft.id}`}>{draft.title || words.untitled}</Link> — {label(draft.collection)},{' '}
              {draft.live ? words.unpublishedChanges : words.notPublished}, {words.edited}{' '}
              <time dateTime={draft.updatedAt}>{date.format(new Date(draft.updatedAt))}</time>
            </li>
          ))}
        </ul>
      ) : null}
      {pendingMembers !== null ? (
        <p style={{ margin: `${gap} 0 0` }}>
          {pendingMembers === 0 ? words.noMembers : <Link href="/admin/collections/members?where[status][equals]=pending">{words.members(pendingMembers)}</Link>}
        </p>
      ) : null}
      {newCorrections !== null ? (
        <p style={{ margin: `${gap} 0 0` }}>
          {newCorrections === 0 ? (
            words.noCorrections
          ) : (
            <Link href="/admin/collections/corrections?where[status][equals]=new">{words.corrections(newCorrections)}</Link>
          )}
        </p>
      ) : null}
    </section>
  )
}
