import type { FileView } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'
import { formatBytes } from '../../lib/format'

const KINDS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
}

/** A download link that says what you will get: format, size and language. */
/**
 * Where the file is fetched: from the cms, or — for a members-only file, which the cms
 * serves to active members alone — through the site, which adds the member's session
 * (app/api/member-files).
 */
const downloadHref = (file: FileView) => (file.membersOnly ? `/api/member-files/${encodeURIComponent(file.filename)}` : file.url)

export function FileDownload({ file, language, label }: { file: FileView; language: Language; label?: string }) {
  const strings = t(language)
  const kind = KINDS[file.mimeType] ?? strings.download
  const size = formatBytes(file.filesize, language)
  const text =
    label ??
    (kind === 'PDF' ? strings.downloadPdf(size, languageName(file.language, language)) : strings.downloadFile(kind, size))
  return (
    <p className="download">
      <a href={downloadHref(file)} download={file.filename} hrefLang={file.language} type={file.mimeType}>
        {text}
      </a>
      {file.language !== language ? <span lang={HTML_LANG[file.language]} className="visually-hidden">{file.title}</span> : null}
    </p>
  )
}
