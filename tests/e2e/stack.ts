/**
 * The stack the end-to-end tests run against: the production builds started by the
 * same `scripts/start.ts` as `npm start`, on their own ports and a throwaway database.
 */
export const CMS_PORT = Number(process.env.E2E_CMS_PORT ?? 3200)
export const WEB_PORT = Number(process.env.E2E_WEB_PORT ?? 3201)
export const CMS_URL = `http://localhost:${CMS_PORT}`
export const WEB_URL = `http://localhost:${WEB_PORT}`

/** Test-only credentials for the seeded admin of the throwaway database. */
export const ADMIN = { email: 'e2e-admin@chasqui.test', password: 'e2e-admin-password-1' }

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
