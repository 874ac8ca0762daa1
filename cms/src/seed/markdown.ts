import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedServerEditorConfig } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { bodyFeatures } from '../fields/rich-text'

/**
 * Demo bodies are written as Markdown and stored as Lexical, through the converter of the
 * body fields' own editor (the default editor has no tables).
 */
export async function markdownConverter(payload: Payload) {
  const editorConfig: SanitizedServerEditorConfig = await editorConfigFactory.fromFeatures({ config: payload.config, features: bodyFeatures })
  return (markdown: string) => convertMarkdownToLexical({ editorConfig, markdown: markdown.trim() })
}
