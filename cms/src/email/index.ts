import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { APIError, type EmailAdapter } from 'payload'

import type { CmsEnv } from '../env'

/**
 * Outgoing mail (verification, password reset, renewal reminders). With SMTP settings in
 * the environment, through nodemailer; without them (demo, development), each email is
 * printed to the log, links included, so joining works with no mail server at all.
 */
export function emailAdapter(env: Pick<CmsEnv, 'smtp' | 'email'>): EmailAdapter | Promise<EmailAdapter> {
  const { smtp, email } = env
  if (!smtp) return logEmails(email)
  return failingClearly(
    nodemailerAdapter({
      defaultFromAddress: email.from,
      defaultFromName: email.fromName,
      // Start-up must not wait on (or fail because of) the mail server; a send that fails is logged.
      skipVerify: true,
      transportOptions: {
        host: smtp.host,
        port: smtp.port,
        secure: smtp.secure,
        ...(smtp.user && { auth: { user: smtp.user, pass: smtp.password } }),
      },
    }),
  )
}

/** What the person who caused an email is told when it could not be sent (the admin shows it as is). */
const MAIL_DOWN_MESSAGE = 'The email could not be sent: the mail server did not answer or refused it. Nothing was saved; please try again in a few minutes.'

/** An email that could not be sent: 503, with a message people can act on. */
export class MailNotSent extends APIError {
  constructor() {
    super(MAIL_DOWN_MESSAGE, 503, undefined, true)
  }
}

/**
 * A send that fails (mail server down, refusing, misconfigured) is logged with its cause
 * and answered 503 with a message people can act on, instead of Payload's bare 500
 * "Something went wrong". Payload sends inside the operation's transaction (creating a
 * member sends the verification email before committing), so that operation is undone.
 */
async function failingClearly(adapter: Promise<EmailAdapter>): Promise<EmailAdapter> {
  const create = await adapter
  return (args) => {
    const initialized = create(args)
    return {
      ...initialized,
      sendEmail: async (message) => {
        try {
          return await initialized.sendEmail(message)
        } catch (error) {
          args.payload.logger.error({ err: error, msg: `Email "${message.subject ?? ''}" to ${String(message.to)} was not sent` })
          throw new MailNotSent()
        }
      },
    }
  }
}

function logEmails({ from, fromName }: CmsEnv['email']): EmailAdapter {
  return ({ payload }) => ({
    name: 'log',
    defaultFromAddress: from,
    defaultFromName: fromName,
    sendEmail: async (message) => {
      payload.logger.info(
        `Email (no SMTP_HOST configured, so printed here instead of sent)\nTo: ${String(message.to)}\nSubject: ${message.subject ?? ''}\n\n${String(message.text ?? message.html ?? '')}`,
      )
      return { logged: true }
    },
  })
}
