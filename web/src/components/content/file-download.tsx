import type { FileView } from '@chasqui/cms-client'
import type { Language } from '@chasqui/cms-types'

import { HTML_LANG, languageName, t } from '../../i18n'
import { formatBytes } from '../../lib/format'

const FORMATS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
}

/**
 * Where the file is fetched: from the cms, or — for a members-only file, which the cms
 * serves to active members alone — through the site, which adds the member's session
 * (app/api/member-files).
 */
const downloadHref = (file: FileView) => (file.membersOnly ? `/api/member-files/${encodeURIComponent(file.filename)}` : file.url)

/** A download link that says what you will get: a report, an issue or a document, in which format, size and language. */
export function FileDownload({ file, language, of }: { file: FileView; language: Language; of: 'report' | 'issue' | 'document' }) {
  const strings = t(language)
  const format = FORMATS[file.mimeType] ?? file.filename.split('.').pop()?.toUpperCase() ?? file.mimeType
  const describe = { report: strings.downloadReport, issue: strings.downloadIssue, document: strings.downloadDocument }[of]
  const text = describe(format, formatBytes(file.filesize, language), languageName(file.language, language))
  return (
    <p className="download">
      <a href={downloadHref(file)} download={file.filename} hrefLang={file.language} type={file.mimeType}>
        {text}
      </a>
      {file.language !== language ? <span lang={HTML_LANG[file.language]} className="visually-hidden">{file.title}</span> : null}
    </p>
  )
}
