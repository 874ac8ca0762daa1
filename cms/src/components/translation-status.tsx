import { LANGUAGE_NAMES, LANGUAGES, type Language } from '@chasqui/cms-types'
import type { UIFieldServerComponent } from 'payload'

type Edition = { id: string; title: string; language: Language; _status?: string; needsUpdate?: boolean }

/**
 * Sidebar panel on every translatable document: which language editions exist, whether
 * each is published, and which need updating because this original changed since.
 */
export const TranslationStatus: UIFieldServerComponent = async ({ id, collectionSlug, payload, req, data }) => {
  const ownLanguage = (data?.language as Language | undefined) ?? 'en'
  const missing = LANGUAGES.filter((language) => language !== ownLanguage)

  let editions: Edition[] = []
  if (id) {
    const result = await payload.find({
      collection: 'translations',
      where: {
        and: [{ 'original.relationTo': { equals: collectionSlug } }, { 'original.value': { equals: id } }],
      },
      draft: true,
      depth: 0,
      limit: LANGUAGES.length,
      pagination: false,
      overrideAccess: false,
      user: req.user,
      select: { title: true, language: true, _status: true, needsUpdate: true, original: true, sourceRevision: true },
    })
    editions = result.docs as unknown as Edition[]
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <span className="field-label">Translations</span>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {missing.map((language) => {
          const edition = editions.find((item) => item.language === language)
          const name = LANGUAGE_NAMES[language].en
          if (!edition) {
            return (
              <li key={language}>
                {name}: none yet
                {id ? (
                  <>
                    {' '}
                    — <a href={`/admin/collections/translations/create`}>add one</a>
                  </>
                ) : null}
              </li>
            )
          }
          const state = edition._status === 'published' ? (edition.needsUpdate ? 'needs update' : 'up to date') : 'draft'
          return (
            <li key={language}>
              <a href={`/admin/collections/translations/${edition.id}`}>{name}</a>: {state}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
