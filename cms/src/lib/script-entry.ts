import { ConfigError } from './config-error'

/**
 * Imported first by every cms script (static imports are evaluated in order), so a
 * ConfigError thrown while the config loads prints as one line and exits 1 instead of
 * a stack trace.
 */
process.on('uncaughtException', (error) => {
  console.error(error instanceof ConfigError ? `✖ ${error.message}` : error)
  process.exit(1)
})
