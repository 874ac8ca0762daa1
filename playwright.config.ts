import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { defineConfig } from '@playwright/test'

import { ADMIN, CHROMIUM_PATH, CMS_PORT, CMS_URL, SECRETS, SMTP_PORT, WEB_PORT, WEB_URL } from './tests/e2e/stack'

// Loaded by the runner and again by each worker: create the scratch folder once and
// hand it down through the environment.
process.env.E2E_SCRATCH ??= mkdtempSync(path.join(os.tmpdir(), 'chasqui-e2e-'))
const scratch = process.env.E2E_SCRATCH

export default defineConfig({
  testDir: '.',
  testMatch: ['cms/tests/e2e/**/*.e2e.ts', 'web/tests/e2e/**/*.e2e.ts'],
  globalSetup: './tests/e2e/global-setup.ts',
  // One stack, one database: tests run in order, in one worker.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'cms', testMatch: 'cms/tests/e2e/**/*.e2e.ts', use: { baseURL: CMS_URL } },
    { name: 'web', testMatch: 'web/tests/e2e/**/*.e2e.ts', use: { baseURL: WEB_URL } },
  ],
  webServer: {
    command: `node scripts/run-ts.mjs scripts/start.ts --no-build --settings=${path.join(scratch, '.env')}`,
    url: `${WEB_URL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      CMS_PORT: String(CMS_PORT),
      WEB_PORT: String(WEB_PORT),
      DATABASE_URI: `file:${path.join(scratch, 'e2e.db')}`,
      UPLOADS_DIR: path.join(scratch, 'uploads'),
      PAYLOAD_SECRET: 'e2e-only-3c7a91f0b25d4e68a1f09c3b7d5e2a48f6c1b9d0',
      REVALIDATE_SECRET: SECRETS.revalidate,
      PREVIEW_SECRET: SECRETS.preview,
      PREVIEW_API_KEY: SECRETS.previewApiKey,
      MEMBERS_SERVICE_KEY: SECRETS.membersServiceKey,
      // Email goes to the SMTP server the membership tests start (web/tests/e2e/membership.e2e.ts).
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(SMTP_PORT),
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      // Scheduled publishing is watched happening: run the queue every 2 seconds.
      JOBS_CRON: '*/2 * * * * *',
      // The browsers log in and load far faster than people, all from one address; the
      // limits themselves are tested in cms/tests/int/api-limits.int.test.ts.
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_AUTHENTICATED: '0',
      RATE_LIMIT_AUTH_ENDPOINTS: '0',
    },
  },
})
