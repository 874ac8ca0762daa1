import type { APIRequestContext } from '@playwright/test'

/** The freshness budget: a change in the cms shows on the site within 2 seconds. */
export const WITHIN_2_SECONDS = { timeout: 2_000, intervals: [100, 200] }

/** The page's status and whether its HTML contains `text`, fetched as a visitor would. */
export async function visit(request: APIRequestContext, path: string, text: string) {
  const response = await request.get(path)
  return { status: response.status(), has: (await response.text()).includes(text) }
}
