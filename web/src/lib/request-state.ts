import type { AsyncLocalStorage } from 'node:async_hooks'

/**
 * Per-request state shared between the site’s server (server.mjs, outside Next’s
 * bundles) and its pages: server.mjs runs each request in an AsyncLocalStorage kept on
 * globalThis, and the CMS client marks the request when the CMS could not be reached,
 * so the server answers 503 (temporary, retry) rather than Next's 500.
 */
export type RequestState = { cmsUnavailable: boolean }

const KEY = Symbol.for('chasqui.requestState')

export function requestStateStorage(): AsyncLocalStorage<RequestState> | undefined {
  return (globalThis as Record<symbol, AsyncLocalStorage<RequestState> | undefined>)[KEY]
}

export function installRequestStateStorage(storage: AsyncLocalStorage<RequestState>): void {
  ;(globalThis as Record<symbol, AsyncLocalStorage<RequestState>>)[KEY] = storage
}

export function markCmsUnavailable(): void {
  const state = requestStateStorage()?.getStore()
  if (state) state.cmsUnavailable = true
}
