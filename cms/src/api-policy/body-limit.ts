/**
 * Refuses JSON and form bodies above `maxBytes` before anything parses them. Multipart
 * uploads are left to Payload's own, larger cap (config `upload.requestSizeLimit`).
 * A body without Content-Length (chunked) is read up to the cap and handed on buffered.
 */
export type BodyCheck = { ok: true; request: Request } | { ok: false }

export async function checkBodySize(request: Request, maxBytes: number): Promise<BodyCheck> {
  if (maxBytes === 0 || !request.body || isMultipart(request)) return { ok: true, request }
  const declared = request.headers.get('content-length')
  if (declared !== null) return Number(declared) > maxBytes ? { ok: false } : { ok: true, request }
  const body = await readAtMost(request.body, maxBytes)
  if (!body) return { ok: false }
  return { ok: true, request: new Request(request.url, { method: request.method, headers: request.headers, body }) }
}

function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
}

/** The whole stream, or null as soon as it passes `maxBytes`. */
async function readAtMost(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<ArrayBuffer | null> {
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = stream.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(new ArrayBuffer(total))
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body.buffer
}
