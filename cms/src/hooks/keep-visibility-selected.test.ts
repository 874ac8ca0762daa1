import type { CollectionBeforeOperationHook } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepVisibilitySelected } from './keep-visibility-selected'

// The hook reads only `args.select`; a full hook-argument object (collection, req, …) would be noise.
const selectAfter = (select: Record<string, boolean> | undefined) =>
  (keepVisibilitySelected({ args: { select } } as unknown as Parameters<CollectionBeforeOperationHook>[0]) as { select?: unknown }).select

describe('keepVisibilitySelected', () => {
  it.each([
    [{ body: true }, { body: true, visibility: true }],
    [{}, { visibility: true }],
    [{ body: true, visibility: false }, { body: true, visibility: true }],
    [{ title: false, visibility: false }, { title: false }],
    [{ visibility: false }, undefined],
    [undefined, undefined],
  ])('%j → %j', (select, expected) => {
    expect(selectAfter(select)).toEqual(expected)
  })
})
