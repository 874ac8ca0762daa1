import { getEnv } from '../env'

/** `next start` with a bad configuration stops at once with one line, instead of serving errors. */
export function exitOnInvalidEnvironment(): void {
  try {
    getEnv()
  } catch (error) {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
