import { existsSync } from 'node:fs'

import { CHROMIUM_PATH } from './stack'

/** End-to-end tests need a real Chromium; they never download one. */
export default function globalSetup() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH.`,
    )
  }
}
