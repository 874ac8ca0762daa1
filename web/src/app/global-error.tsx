'use client'

import { en } from '../i18n/en'
import { es } from '../i18n/es'

/**
 * The last resort, when even the layout fails: its own document, in both languages since
 * the layout that knows the language is what failed.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-GB">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '40rem', margin: '3rem auto', padding: '0 1rem', lineHeight: 1.5 }}>
        <main>
          <h1>{en.errorTitle}</h1>
          <p>{en.errorText}</p>
          <div lang="es">
            <h2>{es.errorTitle}</h2>
            <p>{es.errorText}</p>
          </div>
          <p>
            <button type="button" onClick={reset}>
              {en.tryAgain} / <span lang="es">{es.tryAgain}</span>
            </button>
          </p>
        </main>
      </body>
    </html>
  )
}
