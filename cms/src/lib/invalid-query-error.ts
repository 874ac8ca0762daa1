import { APIError } from 'payload'

/**
 * A query the API refuses as malformed (400). Named like Payload's own QueryError, so the
 * config's `loggingLevels` log it at info (that map takes Payload's error names only).
 */
export class InvalidQueryError extends APIError {
  readonly code = 'QUERY_INVALID'

  constructor(message: string) {
    super(message, 400, undefined, true)
    this.name = 'QueryError'
  }
}
