/**
 * `npm test`: the whole suite, in the order that fails fastest — lint, typecheck, unit,
 * drift, integration (SQLite, then MongoDB where one is configured), production builds,
 * end-to-end in Chromium. Stops at the first failing step and prints a summary.
 *
 *   --skip=e2e,build           leave steps out (local iteration; CI runs everything)
 *   --only=integration:mongodb run just these steps
 *
 * Integration on MongoDB runs when TEST_DATABASE=mongodb and MONGODB_URI are set;
 * otherwise the summary says, loudly, that it was skipped.
 */
import { run } from './lib/processes'
import { cmsDir, pnpm, root } from './lib/workspace'

type Step = { name: string; command: string[]; cwd?: string; env?: Record<string, string>; skipReason?: string }

const listArg = (name: string) => {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`))
  return arg ? new Set(arg.slice(name.length + 3).split(',')) : undefined
}
const skipped = listArg('skip') ?? new Set<string>()
const only = listArg('only')
const mongoUri = process.env.MONGODB_URI
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' }

const steps: Step[] = [
  { name: 'lint', command: ['exec', 'eslint', '--max-warnings=0', '.'] },
  { name: 'typecheck', command: ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only'] },
  { name: 'typecheck:scripts', command: ['exec', 'tsc', '-p', 'tsconfig.json'] },
  { name: 'unit', command: ['exec', 'turbo', 'run', 'test:unit', '--output-logs=new-only'] },
  { name: 'drift', command: ['run', 'check:drift'], cwd: cmsDir },
  { name: 'integration:sqlite', command: ['run', 'test:int'], cwd: cmsDir, env: { TEST_DATABASE: 'sqlite' } },
  {
    name: 'integration:mongodb',
    command: ['run', 'test:int'],
    cwd: cmsDir,
    env: { TEST_DATABASE: 'mongodb' },
    skipReason:
      process.env.TEST_DATABASE === 'mongodb' && mongoUri
        ? undefined
        : 'no MongoDB here — set TEST_DATABASE=mongodb and MONGODB_URI to run the integration suite on MongoDB',
  },
  { name: 'build', command: ['exec', 'turbo', 'run', 'build', '--output-logs=new-only'] },
  { name: 'e2e', command: ['exec', 'playwright', 'test'] },
]

type Outcome = { name: string; result: 'passed' | 'failed' | 'skipped'; seconds: number; note?: string }
const outcomes: Outcome[] = []
const started = Date.now()

for (const step of steps) {
  if (only && !only.has(step.name)) continue
  const reason = skipped.has(step.name) ? 'skipped with --skip' : step.skipReason
  if (reason) {
    console.log(`\n⚠ SKIPPED ${step.name}: ${reason}`)
    outcomes.push({ name: step.name, result: 'skipped', seconds: 0, note: reason })
    continue
  }
  console.log(`\n━━ ${step.name} ━━ pnpm ${step.command.join(' ')}`)
  const stepStarted = Date.now()
  try {
    await run(pnpm, step.command, { cwd: step.cwd ?? root, env: { ...env, ...step.env } })
    outcomes.push({ name: step.name, result: 'passed', seconds: (Date.now() - stepStarted) / 1000 })
  } catch {
    outcomes.push({ name: step.name, result: 'failed', seconds: (Date.now() - stepStarted) / 1000 })
    break
  }
}

const failed = outcomes.some((outcome) => outcome.result === 'failed')
const symbol = { passed: '✔', failed: '✖', skipped: '⚠' } as const
console.log('\nSummary')
for (const outcome of outcomes) {
  const time = outcome.result === 'skipped' ? '' : `${outcome.seconds.toFixed(0)} s`.padStart(6)
  console.log(`  ${symbol[outcome.result]} ${outcome.name.padEnd(22)}${time}${outcome.note ? `  (${outcome.note})` : ''}`)
}
console.log(`\n${failed ? '✖ FAILED' : '✔ All steps passed'} in ${((Date.now() - started) / 60_000).toFixed(1)} min`)
process.exit(failed ? 1 : 0)
