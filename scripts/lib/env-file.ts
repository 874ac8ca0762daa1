import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

import { parse } from 'dotenv'

/** Variables `npm start` generates once and keeps in the git-ignored `.env`. */
const GENERATED: Record<string, () => string> = {
  PAYLOAD_SECRET: () => randomBytes(32).toString('hex'),
  SEED_ADMIN_EMAIL: () => 'admin@chasqui.example',
  SEED_ADMIN_PASSWORD: () => randomBytes(15).toString('base64url'),
  // Shared by cms and web: signs revalidation events and preview links; the site's
  // read-only key for drafts.
  REVALIDATE_SECRET: () => randomBytes(32).toString('hex'),
  PREVIEW_SECRET: () => randomBytes(32).toString('hex'),
  PREVIEW_API_KEY: () => randomBytes(32).toString('hex'),
  // Shared by cms and web: the site's server key for creating members (the join form).
  MEMBERS_SERVICE_KEY: () => randomBytes(32).toString('hex'),
}

const HEADER = `# Local settings for \`npm start\`, generated on first run. Not committed (see .gitignore).
# Every variable is documented in .env.example. Variables set in the shell win over this file.
`

/**
 * Makes sure `.env` exists and holds the generated secrets, adding only what is
 * missing (never rewriting a value), and returns the names it added.
 */
export function ensureEnvFile(file: string): string[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER
  const present = parse(text)
  const added = Object.keys(GENERATED).filter((name) => !present[name])
  if (added.length === 0) return []
  const lines = added.map((name) => `${name}=${GENERATED[name]?.()}`)
  writeFileSync(file, `${text.replace(/\n*$/, '\n')}${lines.join('\n')}\n`, { mode: 0o600 })
  return added
}

/** The file's variables, with the shell's own environment taking precedence. */
export function readEnvFile(file: string): Record<string, string> {
  if (!existsSync(file)) return {}
  const values = parse(readFileSync(file, 'utf8'))
  for (const name of Object.keys(values)) {
    const fromShell = process.env[name]
    if (fromShell !== undefined) values[name] = fromShell
  }
  return values
}
