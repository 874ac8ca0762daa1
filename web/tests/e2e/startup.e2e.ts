import { expect, test } from '@playwright/test'

import { nextStartExit } from '../../../tests/e2e/next-start'

test('next start stops on a malformed CMS_URL, naming it', async () => {
  const { code, stderr } = await nextStartExit('web', { CMS_URL: 'cms-without-scheme:3000' })
  expect(code).toBe(1)
  expect(stderr).toMatch(/✖ Invalid web environment: CMS_URL must be an http\(s\) URL/)
})
