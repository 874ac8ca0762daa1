import { expect, test } from '@playwright/test'

import { nextStartExit } from '../../../tests/e2e/next-start'

/** The built cms refuses to start with a bad configuration, saying why in one line. */

test('next start stops on a placeholder PAYLOAD_SECRET', async () => {
  const { code, stderr } = await nextStartExit('cms', { PAYLOAD_SECRET: 'change-me' })
  expect(code).toBe(1)
  expect(stderr).toMatch(/✖ PAYLOAD_SECRET looks like a placeholder/)
})

test('next start stops on an unsupported DATABASE_URI', async () => {
  const { code, stderr } = await nextStartExit('cms', {
    PAYLOAD_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6',
    DATABASE_URI: 'mysql://root@localhost/chasqui',
  })
  expect(code).toBe(1)
  expect(stderr).toMatch(/✖ Invalid cms environment: DATABASE_URI must be unset/)
})
