import type { AfterErrorHook } from 'payload'

const MESSAGE = 'A relationship names a document that does not exist.'

/** Whether the error, or one it wraps, is the database refusing a reference to a missing row. */
function isForeignKeyViolation(error: unknown): boolean {
  let current: unknown = error
  for (let depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (/FOREIGN KEY constraint failed|SQLITE_CONSTRAINT_FOREIGNKEY/i.test(current.message)) return true
    current = current.cause
  }
  return false
}

/**
 * Payload accepts any string as the id of a related document and leaves it to the
 * database, whose foreign-key refusal surfaces as a 500 (SQLite adapter, 3.90). It is the
 * client's mistake: answer 400 saying so.
 */
export const missingReferenceAsBadRequest: AfterErrorHook = ({ error, graphqlResult }) => {
  if (!isForeignKeyViolation(error)) return
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: MESSAGE, extensions: { ...graphqlResult.extensions, statusCode: 400 } } }
  return { response: { errors: [{ message: MESSAGE }] }, status: 400 }
}
