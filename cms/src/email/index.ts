import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { CmsEnv } from '../env'

/**
 * Outgoing mail (verification, password reset, renewal reminders). With SMTP settings in
 * the environment, through nodemailer; without them (demo, development), each email is
 * printed to the log, links included, so joining works with no mail server at all.
 */
export function emailAdapter(env: Pick<CmsEnv, 'smtp' | 'email'>): EmailAdapter | Promise<EmailAdapter> {
  const { smtp, email } = env
  if (!smtp) return logEmails(email)
  return nodemailerAdapter({
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
  })
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
