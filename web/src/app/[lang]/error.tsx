'use client'

import { useParams } from 'next/navigation'

import { isLanguage, localePath, t } from '../../i18n'

/**
 * When a page fails to render (the CMS down and nothing cached, say): a friendly message
 * in the page's language, never a stack trace. The server answers 503 in that case (see
 * server.mjs).
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang?: string }>()
  const language = isLanguage(lang) ? lang : 'en'
  const strings = t(language)
  return (
    <div className="status-page" role="alert">
      <h1>{strings.errorTitle}</h1>
      <p>{strings.errorText}</p>
      <p>
        <button type="button" onClick={reset}>
          {strings.tryAgain}
        </button>{' '}
        <a href={localePath(language, '/')}>{strings.backHome}</a>
      </p>
    </div>
  )
}
