/** Error answers in Payload's own shape, `{ errors: [{ message }] }`, so clients parse one format. */
export function errorResponse(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ errors: [{ message }] }, { status, headers })
}

/**
 * CORS headers for answers the policy gives itself (429, 413, 400), which never reach
 * Payload's handler: without them a browser client could not read why it was refused.
 */
export function corsHeaders(request: Request, allowedOrigins: readonly string[]): Headers {
  const headers = new Headers()
  const origin = request.headers.get('origin')
  if (origin && allowedOrigins.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin)
    headers.set('Access-Control-Allow-Credentials', 'true')
    headers.set('Vary', 'Origin')
  }
  return headers
}

/** The status of an error thrown by a handler when it is the client's fault (Payload's APIError carries one). */
export function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined
}
