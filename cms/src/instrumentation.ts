/**
 * Runs once when the Next.js server starts. The Node-only check lives in its own module
 * so the Edge compilation of this file never sees `process.exit`.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { exitOnInvalidEnvironment } = await import('./lib/exit-on-invalid-environment')
    exitOnInvalidEnvironment()
  }
}
