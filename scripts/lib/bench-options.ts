import { parseArgs } from 'node:util'

/** The benchmarks' shared flags: `--reuse=<sqlite file>` and `--duration=<seconds>` (default 10). Exits 2 on a bad duration. */
export function benchOptions(): { reuse: string | undefined; durationSeconds: number } {
  const { values } = parseArgs({ options: { reuse: { type: 'string' }, duration: { type: 'string', default: '10' } } })
  const durationSeconds = Number(values.duration)
  if (!(durationSeconds > 0)) {
    console.error('✖ --duration must be a number of seconds')
    process.exit(2)
  }
  return { reuse: values.reuse, durationSeconds }
}
