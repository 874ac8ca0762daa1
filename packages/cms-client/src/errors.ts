/** Every failure the client reports is a CmsError with an HTTP-like status and a stable code. */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message)
    this.name = 'CmsError'
  }
}

/** The CMS could not be reached, timed out, or answered 5xx. */
export class CmsUnavailableError extends CmsError {
  constructor(message: string, status = 503) {
    super(message, status, 'CMS_UNAVAILABLE')
    this.name = 'CmsUnavailableError'
  }
}
