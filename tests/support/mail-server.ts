import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type CapturedEmail = { to: string[]; subject: string; raw: string; body: string }

/** Undoes quoted-printable (soft line breaks, =XX escapes) so links can be read from a message. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'))
}

function header(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)
  return match?.[1]?.trim() ?? ''
}

/**
 * A real SMTP server in the test process (the `smtp-server` package), on a free port:
 * the cms sends to it through nodemailer exactly as it would to a production relay, and
 * tests read what arrived. No authentication, no TLS: loopback only. Port 0: the system picks a free one.
 */
export async function startMailServer({ port: wanted = 0 }: { port?: number } = {}) {
  const messages: CapturedEmail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = chunks.map(String).join('')
        const body = decodeQuotedPrintable(raw.slice(raw.search(/\r?\n\r?\n/)))
        messages.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()), subject: header(raw, 'Subject'), raw, body })
        for (const wake of waiters) wake()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(wanted, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port

  /** The first message to `to` (and matching `subject`, if given) — waiting up to `timeoutMs` for it. */
  async function waitFor(to: string, subject?: RegExp, timeoutMs = 10_000): Promise<CapturedEmail> {
    const find = () => messages.find((message) => message.to.includes(to.toLowerCase()) && (!subject || subject.test(message.subject)))
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = find()
      if (found) return found
      if (Date.now() > deadline) throw new Error(`no email to ${to}${subject ? ` matching ${String(subject)}` : ''} within ${timeoutMs} ms (got: ${messages.map((m) => `${m.to.join()} "${m.subject}"`).join('; ') || 'none'})`)
      await new Promise<void>((resolve) => {
        const wake = () => {
          waiters.delete(wake)
          resolve()
        }
        waiters.add(wake)
        setTimeout(wake, 200)
      })
    }
  }

  return {
    port,
    messages,
    waitFor,
    /** Messages sent to `to` so far. */
    to: (to: string) => messages.filter((message) => message.to.includes(to.toLowerCase())),
    /** The first link in a message whose path ends with `path` (e.g. /verify-email). */
    link(message: CapturedEmail, path: string): URL {
      const match = [...message.body.matchAll(/https?:\/\/[^\s"'<>]+/g)].map(([url]) => new URL(url.replaceAll('&amp;', '&'))).find((url) => url.pathname.endsWith(path))
      if (!match) throw new Error(`no ${path} link in "${message.subject}": ${message.body.slice(0, 500)}`)
      return match
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type MailServer = Awaited<ReturnType<typeof startMailServer>>
