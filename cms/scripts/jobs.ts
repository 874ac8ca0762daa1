/**
 * `pnpm --filter cms jobs`: the jobs queue (scheduled publishing and unpublishing) as a
 * process of its own. By default the cms runs the queue itself (JOBS_AUTORUN=true);
 * with several cms instances behind a load balancer, set JOBS_AUTORUN=false on them
 * and run exactly one of these workers, so each job runs once.
 */
import '../src/lib/script-entry'
import './lib/run-jobs-here'

import { getPayload } from 'payload'

import { getEnv } from '../src/env'
import config from '../src/payload.config'

const payload = await getPayload({ config, cron: true })
payload.logger.info(`Jobs worker running the queue on cron “${getEnv().jobsCron}”. Ctrl+C to stop.`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    await payload.destroy()
    process.exit(0)
  })
}
