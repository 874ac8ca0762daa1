import path from 'node:path'

import { getEnv } from '../env'

/** Where uploaded files live: UPLOADS_DIR, or cms/uploads. One sub-folder per upload collection. */
export function uploadsDir(collection: string): string {
  return path.resolve(getEnv().uploadsDir ?? path.resolve(process.cwd(), 'uploads'), collection)
}

export const MB = 1024 * 1024

export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}
