'use client'

import { useParams } from 'next/navigation'

import { isLanguage, localePath, t } from '../../i18n'

/** 404: in the language of the address asked for, with a way home and to search. */
export default function NotFound() {
  const { lang } = useParams<{ lang?: string }>()
  const language = isLanguage(lang) ? lang : 'en'
  const strings = t(language)
  return (
    <div className="status-page">
      <h1>{strings.notFoundTitle}</h1>
      <p>{strings.notFoundText}</p>
      <ul>
        <li>
          <a href={localePath(language, '/')}>{strings.backHome}</a>
        </li>
        <li>
          <a href={localePath(language, '/search')}>{strings.search}</a>
        </li>
      </ul>
    </div>
  )
}
