/**
 * A configuration problem that must stop start-up. Entry points print `message` as one
 * line, without a stack trace, and exit non-zero (see `exit-on-config-error.ts` for
 * scripts and `instrumentation.ts` for the Next.js server).
 */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID'

  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}
