import { type CollectionBeforeOperationHook, type SelectType } from 'payload'
import { getSelectMode } from 'payload/shared'

/**
 * Members-only bodies are hidden by reading the document's `visibility`
 * (access/bodyReaders); a `select` that leaves it out (`?select[body]=true`) would show
 * them to anyone. So every read of a collection with visibility reads it too.
 * (`forceSelect` alone would not do: Payload ignores it for `select[x]=false` queries.)
 */
export const keepVisibilitySelected: CollectionBeforeOperationHook = ({ args }) => {
  const select = (args as { select?: SelectType }).select
  if (!select || typeof select !== 'object') return args
  const { visibility: _alwaysRead, ...rest } = select
  // Still excluding other fields: visibility is no longer among them.
  if (getSelectMode(rest) === 'exclude') return { ...args, select: rest }
  // It excluded visibility alone: read everything.
  if (Object.keys(rest).length === 0 && getSelectMode(select) === 'exclude') return { ...args, select: undefined }
  // Including fields (also `{ body: true, visibility: false }`, which Payload reads as including body): add visibility.
  return { ...args, select: { ...rest, visibility: true } }
}
