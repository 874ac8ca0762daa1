/**
 * The stack the end-to-end tests run against: the production builds started by the
 * same `scripts/start.ts` as `npm start`, on their own ports and a throwaway database.
 */
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 3200)
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3201)
export const CMS_URL = `http://localhost:${CMS_PORT}`
export const WEB_URL = `http://localhost:${WEB_PORT}`
/** Where the membership tests' SMTP server listens (tests/support/mail-server.ts); the stack's cms sends there. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? CMS_PORT + 25)

/** Test-only credentials for the seeded admin of the throwaway database. */
export const ADMIN = { email: 'e2e-admin@chasqui.test', password: 'e2e-admin-password-1' }

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Test-only secrets shared by the stack's cms and web (playwright.config.ts) and the tests that sign with them. */
export const SECRETS = {
  revalidate: 'e2e-only-revalidate-5b2f0c9e8d7a6b5c4d3e2f1a0b9c8d7e',
  preview: 'e2e-only-preview-9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d',
  previewApiKey: 'e2e-only-preview-key-0f1e2d3c4b5a69788796a5b4c3d2e1f0',
  membersServiceKey: 'e2e-only-members-service-key-7d6c5b4a39281706f5e4',
}
