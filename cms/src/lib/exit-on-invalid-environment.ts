import { getEnv } from '../env'
import { ConfigError } from './config-error'

/** `next start` with a bad configuration stops at once with one line, instead of serving 500s. */
export function exitOnInvalidEnvironment(): void {
  try {
    getEnv()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`✖ ${error.message}`)
    process.exit(1)
  }
}
