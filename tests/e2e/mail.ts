import { test } from '@playwright/test'

import { type MailServer, startMailServer } from '../support/mail-server'
import { SMTP_PORT } from './stack'

/**
 * The test SMTP server on the port the stack's cms sends to, running for the tests of the
 * spec file that calls this at its top level (the cms refuses, with 503, to create a
 * member whose confirmation email cannot be sent). Returns the running server.
 */
export function mailServerForThisFile(): () => MailServer {
  let server: MailServer | undefined
  test.beforeAll(async () => {
    server = await startMailServer({ port: SMTP_PORT })
  })
  test.afterAll(async () => {
    await server?.close()
  })
  return () => {
    if (!server) throw new Error('The test mail server starts before the tests of its file.')
    return server
  }
}
