import type { Language } from '@chasqui/cms-types'
import type { Access } from 'payload'

import { hasRole, isStaff } from '../../access'

/** The languages a translator account is assigned to; admins and editors may use any. */
export function assignedLanguages(user: Parameters<Access>[0]['req']['user']): Language[] {
  return isStaff(user) ? ((user.languages ?? []) as Language[]) : []
}

/** Editors anywhere; translators only in the languages assigned to them. */
export const translationCreators: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'translator')) return false
  // Autosave opens a new, still empty draft before anything is chosen; guardEdition
  // starts it in the translator's language and holds them to it from then on.
  return !data?.original || !data?.language || assignedLanguages(user).includes(data.language)
}

export const translationEditors: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  if (!hasRole(user, 'translator')) return false
  return { language: { in: assignedLanguages(user) } }
}
