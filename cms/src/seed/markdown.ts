import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

/** Demo bodies are written as Markdown and stored as Lexical, through the editor's own converter. */
export async function markdownConverter(payload: Payload) {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.default({ config: payload.config })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown: markdown.trim() })
}
