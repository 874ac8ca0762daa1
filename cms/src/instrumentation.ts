/**
 * Runs once when the Next.js server starts: validates the environment so `next start`
 * with a bad configuration stops at once with one line, instead of serving 500s.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getEnv } = await import('./env')
  const { ConfigError } = await import('./lib/config-error')
  try {
    getEnv()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`✖ ${error.message}`)
    process.exit(1)
  }
}
