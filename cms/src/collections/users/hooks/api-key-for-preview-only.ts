import { APIError, type CollectionBeforeChangeHook } from 'payload'

/**
 * Payload's built-in API key is stored reversibly encrypted and shown in the admin for
 * as long as it exists; it suits the site-preview account's key, a deployment secret set
 * from PREVIEW_API_KEY, and nothing else. Integrators get keys from the api-keys
 * collection (hashed, shown once, revocable).
 */
export const apiKeyForPreviewOnly: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const enabled = data.enableAPIKey ?? originalDoc?.enableAPIKey
  const roles: string[] = data.roles ?? originalDoc?.roles ?? []
  if (enabled && !(roles.length === 1 && roles[0] === 'preview')) {
    throw new APIError(
      'Only the site-preview account uses the built-in API key. Issue integrators a key from API keys (POST /api/api-keys).',
      400,
      null,
      true,
    )
  }
  return data
}
