import type { PayloadRequest, TaskConfig } from 'payload'

import { reminderEmail, sendEmail } from '../collections/members/emails'
import { MailNotSent } from '../email'

const DAY = 24 * 60 * 60 * 1000

export type RenewalRunResult = { reminded: number; lapsed: number }

/**
 * The daily membership round: members whose renewal date has passed become lapsed, and
 * active members whose renewal falls within the configured number of days get one
 * reminder per period — `renewalReminderSentFor` records the renewal date reminded of,
 * so later runs (and a renewal that moves the date on) behave.
 */
export async function runRenewalRound(req: PayloadRequest, now = new Date()): Promise<RenewalRunResult> {
  const { payload } = req
  const settings = await payload.findGlobal({ slug: 'membership', depth: 0, req })
  const lapsing = await payload.update({
    collection: 'members',
    where: { and: [{ status: { equals: 'active' } }, { renewalDate: { less_than: now.toISOString() } }] },
    data: { status: 'lapsed' },
    overrideAccess: true,
    depth: 0,
    req,
  })
  const horizon = new Date(now.getTime() + settings.renewalReminderDays * DAY).toISOString()
  const due = await payload.find({
    collection: 'members',
    where: { and: [{ status: { equals: 'active' } }, { renewalDate: { greater_than_equal: now.toISOString() } }, { renewalDate: { less_than_equal: horizon } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    req,
  })
  let reminded = 0
  for (const member of due.docs) {
    if (!member.renewalDate || member.renewalReminderSentFor === member.renewalDate) continue
    try {
      await sendEmail(req, member.email, reminderEmail(member.language, member.renewalDate))
    } catch (error) {
      const msg = `Renewal reminder to member ${member.id} was not sent; the next run retries.`
      // A mail server that failed is logged with its cause where the send failed (cms/src/email).
      if (error instanceof MailNotSent) payload.logger.warn(msg)
      else payload.logger.error({ err: error, msg })
      continue
    }
    await payload.update({ collection: 'members', id: member.id, data: { renewalReminderSentFor: member.renewalDate }, overrideAccess: true, depth: 0, req })
    reminded += 1
  }
  return { reminded, lapsed: lapsing.docs.length }
}

/** Runs daily at 06:00 (server time) from the jobs queue (JOBS_AUTORUN, or `pnpm --filter cms jobs`). */
export const renewalReminders: TaskConfig<{ input: object; output: RenewalRunResult }> = {
  slug: 'renewalReminders',
  label: 'Membership renewal reminders',
  schedule: [{ cron: '0 0 6 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'reminded', type: 'number', required: true },
    { name: 'lapsed', type: 'number', required: true },
  ],
  handler: async ({ req }) => ({ output: await runRenewalRound(req) }),
}
