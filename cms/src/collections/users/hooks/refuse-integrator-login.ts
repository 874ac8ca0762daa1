import { APIError, type CollectionBeforeLoginHook } from 'payload'

import { hasRole } from '../../../access'

/**
 * Integrator accounts read the API with a key (`Authorization: users API-Key <key>`);
 * a password session would let one into the admin's REST surface with a cookie.
 * Runs after the password was checked, so it reveals nothing to a stranger.
 */
export const refuseIntegratorLogin: CollectionBeforeLoginHook = ({ user }) => {
  if (hasRole({ ...user, collection: 'users' }, 'integrator')) {
    throw new APIError('Integrator accounts authenticate with an API key and cannot log in with a password.', 403, null, true)
  }
  return user
}
