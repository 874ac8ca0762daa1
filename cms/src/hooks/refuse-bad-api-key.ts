import { APIError, type PayloadRequest, type SanitizedConfig } from 'payload'

import { apiKeyRefusal } from '../collections/api-keys/strategy'

/** 401 with the reason, for a request that presented an unknown, revoked or expired API key. */
export class ApiKeyRefusedError extends APIError {
  constructor(message: string) {
    super(message, 401, { code: 'api_key_refused' }, true)
    this.name = 'ApiKeyRefusedError'
  }
}

export function assertNoRefusedApiKey(req: PayloadRequest): void {
  const refusal = apiKeyRefusal(req)
  if (refusal) throw new ApiKeyRefusedError(refusal)
}

const refuseBadApiKey = ({ req }: { req: PayloadRequest }) => {
  assertNoRefusedApiKey(req)
}

/**
 * Every collection and global operation starts by refusing a bad key, so REST and
 * GraphQL answer the same way (GraphQL: the error in `errors`, with statusCode 401).
 * Applied to the sanitized config so it also covers Payload's own and plugins' collections.
 */
export function refuseBadApiKeys(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [refuseBadApiKey, ...(collection.hooks.beforeOperation ?? [])]
  }
  for (const global of config.globals) {
    global.hooks = { ...global.hooks, beforeOperation: [refuseBadApiKey, ...(global.hooks?.beforeOperation ?? [])] }
  }
  return config
}
