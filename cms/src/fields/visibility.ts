import { VISIBILITY } from '@chasqui/cms-types'
import type { SelectField } from 'payload'

/** Public, or members-only: the teaser shows to everyone, the body to active members (access/bodyReaders). */
export function visibility(): SelectField {
  return {
    name: 'visibility',
    type: 'select',
    required: true,
    defaultValue: 'public',
    index: true,
    options: VISIBILITY.map((value) => ({ value, label: value === 'public' ? 'Public' : 'Members only' })),
    admin: {
      position: 'sidebar',
      description: 'Members only: everyone sees the title and summary; the full text is for active members.',
    },
  }
}

/**
 * Who may fetch an uploaded file: everyone; active members and staff (the PDF of a
 * members-only report or bulletin); or staff alone (sensitive evidence). Set by the
 * documents that use the file (hooks/protect-files.ts).
 */
export function fileVisibility(): SelectField {
  return {
    name: 'visibility',
    type: 'select',
    required: true,
    defaultValue: 'public',
    options: [
      { value: 'public', label: 'Public' },
      { value: 'members', label: 'Members only' },
      { value: 'staff', label: 'Staff only' },
    ],
    admin: {
      position: 'sidebar',
      description:
        'Follows what uses the file: staff only for sensitive evidence, members only for the PDF of a members-only report or bulletin. A choice made here is replaced when what uses the file changes.',
    },
  }
}
