import { LANGUAGE_NAMES, LANGUAGES, REGIONS } from '@chasqui/cms-types'
import type { RelationshipField, SelectField } from 'payload'

export function topics(): RelationshipField {
  return {
    name: 'topics',
    type: 'relationship',
    relationTo: 'topics',
    hasMany: true,
    index: true,
    admin: { position: 'sidebar' },
  }
}

export const REGION_OPTIONS = REGIONS.map(({ value, label }) => ({ value, label }))

export function regions({ name = 'regions', hasMany = true }: { name?: string; hasMany?: boolean } = {}): SelectField {
  return {
    name,
    type: 'select',
    hasMany,
    index: true,
    options: REGION_OPTIONS,
    admin: { position: 'sidebar', description: "Peru's regions the piece concerns, or National." },
  } as SelectField
}

export const LANGUAGE_OPTIONS = LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value].en }))

export function language({
  name = 'language',
  description,
}: { name?: string; description?: string } = {}): SelectField {
  return {
    name,
    type: 'select',
    required: true,
    defaultValue: 'en',
    index: true,
    options: LANGUAGE_OPTIONS,
    admin: { position: 'sidebar', ...(description && { description }) },
  }
}
