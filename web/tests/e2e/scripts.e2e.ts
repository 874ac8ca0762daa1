import { expect, test } from '@playwright/test'

const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/** The `<script src>` of a page, split into the runtime every page loads and the page's own chunks. */
async function scriptsOf(html: string) {
  const sources = [...html.matchAll(/<script src="([^"]+)"(?![^>]*noModule)[^>]*>/g)].map((match) => match[1] as string)
  return {
    runtime: sources.filter((source) => !source.includes('/chunks/app/')),
    page: sources.filter((source) => source.includes('/chunks/app/')),
  }
}

test("the runtime every page loads carries V8's compile hint at its top; the page's own chunks do not", async ({ request }) => {
  const { runtime, page } = await scriptsOf(await (await request.get('/')).text())
  // webpack's runtime, React, Next's client and the main-app entry.
  expect(runtime.length).toBeGreaterThanOrEqual(4)
  expect(runtime.some((source) => /\/main-app-[\w]+\.js$/.test(source))).toBe(true)
  expect(page.length).toBeGreaterThan(0)
  for (const [sources, hinted] of [[runtime, true], [page, false]] as const) {
    for (const source of sources) {
      const text = await (await request.get(source)).text()
      expect(text.startsWith(COMPILE_HINT), `${source} ${hinted ? 'starts with' : 'has no'} the compile hint`).toBe(hinted)
    }
  }
})
