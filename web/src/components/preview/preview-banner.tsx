import type { Language } from '@chasqui/cms-types'

import { getEnv } from '../../env'
import { t } from '../../i18n'
import { LivePreviewRefresh } from './live-preview-refresh'

/**
 * Shown to staff in draft mode: says they are seeing drafts, offers the way out, and
 * refreshes the page when the document is saved in the admin's live preview pane.
 */
export function PreviewBanner({ language }: { language: Language }) {
  const strings = t(language)
  return (
    <div className="preview-banner" role="status">
      <p>{strings.previewBanner}</p>
      <form action="/api/exit-preview" method="get">
        <button type="submit">{strings.exitPreview}</button>
      </form>
      <LivePreviewRefresh serverURL={getEnv().cmsPublicUrl} />
    </div>
  )
}
