import { LANGUAGE_NAMES, LANGUAGES, STAFF_ROLES } from '@chasqui/cms-types'
import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField, adminsOrSelf, canOpenAdmin } from '../../access'
import { getEnv } from '../../env'
import { deleteKeysOfUser } from '../api-keys/hooks/delete-keys-of-user'
import { integratorApiKey } from '../api-keys/strategy'
import { apiKeyForPreviewOnly } from './hooks/api-key-for-preview-only'
import { ensureFirstUserIsAdmin } from './hooks/ensure-first-user-is-admin'
import { refuseKeyOnlyLogin } from './hooks/refuse-key-only-login'

const ROLE_LABELS: Record<(typeof STAFF_ROLES)[number], string> = {
  admin: 'Admin — everything',
  editor: 'Editor — editorial content, media, evidence',
  translator: 'Translator — translations in assigned languages',
  researcher: 'Researcher — evidence and MineWatch data',
  membership: 'Membership — member records',
  integrator: 'Integrator — read-only API key, no admin',
  preview: 'Site preview — the site’s read-only key for showing drafts to staff; no admin',
}

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: canOpenAdmin,
    create: adminsOnly,
    read: adminsOrSelf,
    update: adminsOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'roles', 'updatedAt'],
    group: 'Settings',
    description: 'Staff accounts. Only admins create accounts or change roles.',
  },
  auth: {
    // Integrators: `Authorization: API-Key chq_…` keys from the api-keys collection (hashed,
    // shown once). Payload's own key (`users API-Key …`) stays for the site-preview account
    // alone: a deployment secret set from PREVIEW_API_KEY (hooks/api-key-for-preview-only.ts).
    strategies: [integratorApiKey],
    useAPIKey: true,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    forgotPassword: {
      // As for members (collections/members): Payload's per-account interval writes outside
      // the request's transaction, which SQLite's single writer makes wait for that very
      // transaction — the admin's "forgot password" stalled 30 s and answered 500. The API
      // policy's stricter limit on auth endpoints throttles it instead.
      minRequestInterval: 0,
    },
    cookies: {
      sameSite: 'Lax',
      secure: getEnv().cmsUrl.startsWith('https://'),
    },
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { description: 'Integrator and site-preview accounts use an API key and can never open the admin.' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value].en })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('translator'),
        description: 'The languages this translator may create and edit translations in.',
      },
    },
  ],
  hooks: {
    beforeChange: [ensureFirstUserIsAdmin, apiKeyForPreviewOnly],
    beforeDelete: [deleteKeysOfUser],
    beforeLogin: [refuseKeyOnlyLogin],
  },
}
