import { type CollectionBeforeOperationHook, type FlattenedField, type Payload } from 'payload'

import { InvalidQueryError } from '../lib/invalid-query-error'

/**
 * Refuses, with a 400 naming the parameter, `where` clauses that Payload 3.90 would turn
 * into a 500: a date compared with something that is not a date (the SQLite adapter
 * binds `undefined`), a geo operator on a field that is not a point (no such adapter
 * operator), `all` on SQLite or on a single-valued field, a condition with no operator,
 * a list where one value is expected. Paths through groups and relationships
 * (`bulletin.publishedAt`) are checked against the field they end on. Unknown fields and operators Payload already refuses with a 400.
 * Only for REST and GraphQL input: our own Local API calls are trusted.
 */
export const guardWhere: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  if (req.payloadAPI === 'local') return args
  const where = (args as { where?: unknown }).where
  if (where !== undefined && where !== null) {
    checkClause(where, 'where', { fields: collection.flattenedFields, payload: req.payload })
  }
  return args
}

type Scope = { fields: FlattenedField[]; payload: Payload }

const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])

function refuse(message: string): never {
  throw new InvalidQueryError(message)
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The field a `where` path names, through groups, arrays and single-collection relationships. */
function fieldAt(path: string, { fields, payload }: Scope): FlattenedField | undefined {
  let current = fields
  const segments = path.split('.')
  for (const [index, segment] of segments.entries()) {
    const field = current.find((candidate) => candidate.name === segment)
    if (!field || index === segments.length - 1) return field
    if ('flattenedFields' in field) current = field.flattenedFields
    else if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
      current = payload.collections[field.relationTo]?.config.flattenedFields ?? []
    } else return undefined
  }
  return undefined
}

function checkClause(clause: unknown, name: string, scope: Scope) {
  if (!isObject(clause)) refuse(`${name} must be an object of conditions, e.g. ${name}[title][equals]=…`)
  for (const [key, condition] of Object.entries(clause)) {
    if (key === 'and' || key === 'or') {
      const parts = Array.isArray(condition) ? condition : isObject(condition) ? Object.values(condition) : refuse(`${name}[${key}] must be a list of conditions.`)
      parts.forEach((part, index) => checkClause(part, `${name}[${key}][${index}]`, scope))
      continue
    }
    if (!isObject(condition)) refuse(`${name}[${key}] must name an operator, e.g. ${name}[${key}][equals]=…`)
    const field = fieldAt(key, scope)
    for (const [operator, value] of Object.entries(condition)) {
      checkOperand(`${name}[${key}][${operator}]`, operator, value, field)
      // Payload documents `all` as MongoDB-only; the SQL adapters fail on it.
      if (operator === 'all' && scope.payload.db.name !== 'mongoose') refuse(`${name}[${key}][all] is not supported on this database; use in.`)
    }
  }
}

function checkOperand(name: string, operator: string, value: unknown, field: FlattenedField | undefined) {
  if (GEO_OPERATORS.has(operator) && field?.type !== 'point') refuse(`${name}: ${operator} applies only to point (location) fields.`)
  if (!LIST_OPERATORS.has(operator) && !GEO_OPERATORS.has(operator) && typeof value === 'object' && value !== null && !(value instanceof Date)) {
    refuse(`${name} takes one value, not a list or an object.`)
  }
  if (operator === 'exists' || !field) return
  if (operator === 'all' && !('hasMany' in field && field.hasMany)) refuse(`${name}: all applies only to fields holding several values.`)
  const values = LIST_OPERATORS.has(operator) && typeof value === 'string' ? value.split(',') : [value].flat()
  if (field.type === 'date' && !values.every(isDateLike)) {
    refuse(`${name} must be a date (ISO 8601, e.g. 2024-05-01); got ${JSON.stringify(value).slice(0, 60)}.`)
  }
  if (field.type === 'number' && !values.every(isNumberLike)) {
    refuse(`${name} must be a number; got ${JSON.stringify(value).slice(0, 60)}.`)
  }
}

function isDateLike(value: unknown): boolean {
  if (value === null || typeof value === 'number') return true
  if (value instanceof Date) return !Number.isNaN(value.getTime())
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
}

function isNumberLike(value: unknown): boolean {
  if (value === null || typeof value === 'number') return true
  return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))
}
