import { type Block, type Field, type FieldHook, ValidationError } from 'payload'

/**
 * Refuses a date field's value that is not a date ("2026-13-45", "yesterday") with a 400
 * naming the field. Payload skips validation for drafts and stored such a value, then
 * failed reading it back: 500 "Something went wrong", in the admin and over REST.
 * beforeValidate hooks run for drafts too.
 */
const refuseInvalidDate: FieldHook = ({ value, path, collection, global, req }) => {
  if (value === null || value === undefined || value === '') return value
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : Number.NaN
  if (!Number.isNaN(time)) return value
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: [{ path: path.join('.'), message: `Not a date: ${JSON.stringify(value).slice(0, 40)}. Give one such as 2012-10-05 or 2012-10-05T14:30:00Z.` }],
    req,
  })
}

/** The same fields, each date field (at any depth: groups, arrays, rows, tabs, blocks) with the check above. */
export function refusingInvalidDates(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'date':
        return { ...field, hooks: { ...field.hooks, beforeValidate: [refuseInvalidDate, ...(field.hooks?.beforeValidate ?? [])] } }
      case 'array':
      case 'group':
      case 'collapsible':
      case 'row':
        return { ...field, fields: refusingInvalidDates(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: refusingInvalidDates(tab.fields) })) }
      case 'blocks':
        return { ...field, blocks: (field.blocks ?? []).map((block: Block) => ({ ...block, fields: refusingInvalidDates(block.fields) })) }
      default:
        return field
    }
  })
}
