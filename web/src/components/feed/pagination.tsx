import type { Language } from '@chasqui/cms-types'

import { t } from '../../i18n'

/**
 * Previous / next links. Listings paginate by path (`/articles/page/2`) so every page can
 * be cached whole; search paginates by query string (`?page=2`).
 */
export function Pagination({
  page,
  totalPages,
  language,
  hrefFor,
}: {
  page: number
  totalPages: number
  language: Language
  hrefFor: (page: number) => string
}) {
  if (totalPages <= 1) return null
  const strings = t(language)
  return (
    <nav className="pagination" aria-label={strings.pagination}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          ← {strings.previous}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">{strings.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={hrefFor(page + 1)} rel="next">
          {strings.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}

/** `/articles` for page 1, `/articles/page/N` after. */
export const pagedPath = (base: string) => (page: number) => (page <= 1 ? base : `${base === '/' ? '' : base}/page/${page}`)
