/** Where array fields find their row label component (row-label.tsx), for the admin's import map. */
export const CONTENT_ROW_LABEL = '/components/row-label#ContentRowLabel'
