import type { FieldHook } from 'payload'

/**
 * For a relationship to several collections inside array rows or blocks (a menu link's
 * page, a link list's target): a row that has none is saved as an explicit null. On the
 * SQL adapters such a relationship is stored apart from its row, under the row's position
 * (`header.1.page`), and Payload 3.90 only clears a position it is given a value for — so
 * after rows were added above or moved, a row without one inherited the link of the row
 * that used to stand there. Null makes the adapter clear it.
 */
export const clearUnsetRelationship: FieldHook = ({ value }) => value ?? null
