/**
 * The production server's one-second memory of hot pages (server/page-cache.mjs), kept on
 * globalThis under a registered symbol. Absent under `next dev` and in tests that run
 * Next without server.mjs, where there is nothing to clear.
 */
const KEY = Symbol.for('chasqui.pageCache')

export function clearPageCache(): void {
  ;(globalThis as Record<symbol, { clear(): void } | undefined>)[KEY]?.clear()
}
