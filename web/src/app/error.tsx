'use client'

/** Shown when a page cannot be rendered, e.g. the CMS is unreachable. Never a stack trace. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-title">
      <h1 id="error-title">This page is unavailable right now</h1>
      <p>We could not load this page. Please try again in a moment.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </section>
  )
}
