import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { hasRole } from '../../../access'

/**
 * Integrator and site-preview accounts read the API with a key
 * (`Authorization: users API-Key <key>`); a password session would let them into the
 * admin's REST surface with a cookie. Runs after the password was checked, so it
 * reveals nothing to a stranger.
 */
export const refuseKeyOnlyLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (hasRole({ ...user, collection: 'users' }, 'integrator', 'preview')) {
    throw new APIError('This account authenticates with an API key and cannot log in with a password.', 403, null, true)
  }
  return user
}
