/**
 * A position in the change feed: the time of a change, then the stream it came from (a
 * collection slug, or `tombstones`) and that stream's document id, which break ties so
 * two changes in the same millisecond keep a stable order. Opaque to clients (base64url).
 */
export type ChangePosition = { time: string; stream: string; id: string }

export function encodeCursor(position: ChangePosition): string {
  return Buffer.from(JSON.stringify([position.time, position.stream, position.id]), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): ChangePosition | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === 'string')) return null
    const [time, stream, id] = value as [string, string, string]
    if (Number.isNaN(Date.parse(time))) return null
    return { time: new Date(time).toISOString(), stream, id }
  } catch {
    return null
  }
}

/** The total order of the feed. */
export function comparePositions(a: ChangePosition, b: ChangePosition): number {
  if (a.time !== b.time) return a.time < b.time ? -1 : 1
  if (a.stream !== b.stream) return a.stream < b.stream ? -1 : 1
  if (a.id !== b.id) return a.id < b.id ? -1 : 1
  return 0
}
