import { describe, expect, it } from 'vitest'

import { comparePositions, decodeCursor, encodeCursor } from './change-cursor'

describe('change cursor', () => {
  it('round-trips a position', () => {
    const position = { time: '2026-11-26T10:00:00.000Z', stream: 'articles', id: 'a1' }
    expect(decodeCursor(encodeCursor(position))).toEqual(position)
  })

  it('rejects anything that is not a cursor', () => {
    expect(decodeCursor('not-a-cursor')).toBeNull()
    expect(decodeCursor(Buffer.from('["x","articles","a"]').toString('base64url'))).toBeNull()
    expect(decodeCursor(Buffer.from('{"time":1}').toString('base64url'))).toBeNull()
  })

  it('orders by time, then stream, then id', () => {
    const t1 = '2026-11-26T10:00:00.000Z'
    const t2 = '2026-11-26T10:00:00.001Z'
    expect(comparePositions({ time: t1, stream: 'z', id: 'z' }, { time: t2, stream: 'a', id: 'a' })).toBe(-1)
    expect(comparePositions({ time: t1, stream: 'articles', id: 'z' }, { time: t1, stream: 'bulletins', id: 'a' })).toBe(-1)
    expect(comparePositions({ time: t1, stream: 'articles', id: 'b' }, { time: t1, stream: 'articles', id: 'a' })).toBe(1)
    expect(comparePositions({ time: t1, stream: 'articles', id: 'a' }, { time: t1, stream: 'articles', id: 'a' })).toBe(0)
  })
})
