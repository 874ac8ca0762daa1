import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** The words of a rich-text value (or of a list of them), for the search index. */
export function plainText(...values: unknown[]): string {
  return values
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .map((value) => {
      if (!value) return ''
      if (typeof value === 'string') return value
      if (typeof value === 'object' && 'root' in (value as object)) {
        return convertLexicalToPlaintext({ data: value as SerializedEditorState })
      }
      return ''
    })
    .filter(Boolean)
    .join('\n')
    .replace(/\s+\n/g, '\n')
    .trim()
}
