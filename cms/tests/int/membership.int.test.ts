import type { Member } from '@chasqui/cms-types'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startMailServer } from '../../../tests/support/mail-server'

/**
 * Membership through the real REST and GraphQL handlers, with email going out over SMTP
 * to a real SMTP server in this process: joining (service key, verification, no account
 * enumeration), password reset, lockout, who reads members' personal data (including
 * through relationship population), payments, the renewal job and erasure.
 */

const SERVICE_KEY = 'int-only-members-service-key-3f9a8b7c6d5e4f3a2b1c'
const mail = await startMailServer()
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(mail.port)
process.env.MEMBERS_SERVICE_KEY = SERVICE_KEY
process.env.WEB_URL = 'http://site.test'

const { api, bootPayload, buildUser, graphql, json, login } = await import('./harness')
const { buildMember } = await import('./factories')
const { runRenewalRound } = await import('../../src/jobs/renewal-reminders')

let payload: Payload
const tokens = {} as { admin: string; membership: string; editor: string }
let seq = 0
const email = (name: string) => `${name}-${(seq += 1)}@members.test`

const join = (body: Record<string, unknown>, key: string | null = SERVICE_KEY) =>
  api('/api/members/join', { method: 'POST', body, headers: key ? { 'x-chasqui-service-key': key } : {} })

const joinForm = (overrides: Record<string, unknown> = {}) => ({
  tier: 'individual',
  name: 'Ana Quispe',
  email: email('joiner'),
  password: 'a-long-member-password',
  emailConsent: true,
  ...overrides,
})

async function memberByEmail(address: string): Promise<Member | undefined> {
  const { docs } = await payload.find({ collection: 'members', where: { email: { equals: address } }, showHiddenFields: true, depth: 0 })
  return docs[0]
}

const memberLogin = (address: string, password: string) => api('/api/members/login', { method: 'POST', body: { email: address, password } })

beforeAll(async () => {
  payload = await bootPayload()
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Chasqui', organisation: 'Peru Support Group' } })
  for (const role of ['admin', 'membership', 'editor'] as const) {
    const { email: address, password } = await buildUser(payload, [role])
    tokens[role] = await login(address, password)
  }
})

afterAll(async () => {
  await mail.close()
})

describe('joining', () => {
  it('only the site’s server may create members', async () => {
    expect((await join(joinForm(), null)).status).toBe(403)
    expect((await join(joinForm(), 'x'.repeat(SERVICE_KEY.length))).status).toBe(403)
    expect((await api('/api/members', { method: 'POST', body: joinForm() })).status).toBe(403)
  })

  it('creates a pending member who must verify the address by email before logging in', async () => {
    const form = joinForm({ giftAid: true, address: { line1: '12 Calle Lima', town: 'London', postcode: 'N1 1AA' } })
    const response = await join(form)
    expect(response.status).toBe(202)

    const member = await memberByEmail(form.email as string)
    expect(member).toMatchObject({ status: 'pending', tier: 'individual', _verified: false })
    expect(member?.giftAid).toMatchObject({ declared: true })
    expect(member?.giftAid?.wording).toContain('I want to Gift Aid my membership subscription')
    expect(member?.giftAid?.wording).toContain('Peru Support Group')
    expect(Date.parse(member?.giftAid?.declaredAt ?? '')).toBeGreaterThan(Date.now() - 60_000)
    expect(member?.emailConsent?.given).toBe(true)
    expect(member?.emailConsent?.wording).toMatch(/^Yes, email me the bulletin/)
    expect(Date.parse(member?.emailConsent?.at ?? '')).toBeGreaterThan(Date.now() - 60_000)

    expect((await memberLogin(form.email as string, form.password as string)).status).toBe(403)

    const message = await mail.waitFor(form.email as string, /Confirm your email/)
    const link = mail.link(message, '/verify-email')
    expect(link.origin).toBe('http://site.test')
    const token = link.searchParams.get('token') ?? ''
    expect((await api(`/api/members/verify/${token}`, { method: 'POST' })).status).toBe(200)
    // One use only.
    expect((await api(`/api/members/verify/${token}`, { method: 'POST' })).status).toBe(403)
    expect((await memberLogin(form.email as string, form.password as string)).status).toBe(200)
  })

  it('a verification link expires', async () => {
    const form = joinForm()
    await join(form)
    const member = await memberByEmail(form.email as string)
    await payload.update({ collection: 'members', id: member!.id, data: { verificationExpiresAt: new Date(Date.now() - 1000).toISOString() } })
    const token = mail.link(await mail.waitFor(form.email as string, /Confirm/), '/verify-email').searchParams.get('token')
    expect((await api(`/api/members/verify/${token}`, { method: 'POST' })).status).toBe(403)
    expect((await memberByEmail(form.email as string))?._verified).toBe(false)
  })

  it('answers a known address exactly as a new one, and tells the owner by email', async () => {
    const existing = await buildMember(payload, { email: email('existing') })
    const fresh = await join(joinForm({ email: email('fresh') }))
    const known = await join(joinForm({ email: existing.email.toUpperCase(), name: 'Impostor' }))
    expect(known.status).toBe(fresh.status)
    expect(await known.json()).toEqual(await fresh.json())
    const { totalDocs } = await payload.count({ collection: 'members', where: { email: { equals: existing.email } } })
    expect(totalDocs).toBe(1)
    expect((await memberByEmail(existing.email))?.name).toBe('A Member')
    await mail.waitFor(existing.email, /already a member/)
  })

  it('refuses a Gift Aid declaration without a home address, for known and new addresses alike', async () => {
    const existing = await buildMember(payload, { email: email('existing') })
    for (const address of [existing.email, email('new')]) {
      const response = await join(joinForm({ email: address, giftAid: true }))
      expect(response.status).toBe(400)
      const body = await json<{ errors: { data: { errors: { path: string }[] } }[] }>(response)
      expect(body.errors[0]?.data.errors.map((error) => error.path).sort()).toEqual(['address.line1', 'address.postcode'])
    }
  })

  it('says what is wrong with each field, in the language of the form', async () => {
    const messages = async (overrides: Record<string, unknown>) => {
      const response = await join(joinForm({ tier: 'nope', name: ' ', email: 'not-an-address', password: 'short', giftAid: true, ...overrides }))
      expect(response.status).toBe(400)
      const body = await json<{ errors: { data: { errors: { path: string; message: string }[] } }[] }>(response)
      return Object.fromEntries(body.errors[0]?.data.errors.map((error) => [error.path, error.message]) ?? [])
    }
    expect(await messages({})).toEqual({
      tier: 'Choose a type of membership.',
      name: 'Enter your name.',
      email: 'Enter an email address like name@example.org.',
      password: 'Choose a password of at least 10 characters.',
      'address.line1': 'A Gift Aid declaration needs your home address.',
      'address.postcode': 'A Gift Aid declaration needs your postcode.',
    })
    expect(await messages({ language: 'es' })).toEqual({
      tier: 'Elige un tipo de membresía.',
      name: 'Escribe tu nombre.',
      email: 'Escribe una dirección de correo como nombre@ejemplo.org.',
      password: 'Elige una contraseña de al menos 10 caracteres.',
      'address.line1': 'Para declarar Gift Aid necesitamos tu dirección.',
      'address.postcode': 'Para declarar Gift Aid necesitamos tu código postal.',
    })
    expect(await messages({ language: 'es', tier: 'individual', name: 'x'.repeat(201), email: 'ana@example.org', password: 'a-long-enough-one', giftAid: false })).toEqual({
      name: 'Escribe como máximo 200 caracteres.',
    })
    // An address that is not one is refused like any bad value (the Gift Aid check does not trip on it).
    expect((await join(joinForm({ giftAid: true, address: null }))).status).toBe(400)
  })

  it('members cannot write their own status, renewal date or consent records', async () => {
    const member = await buildMember(payload, { email: email('self'), status: 'pending' })
    const token = await login(member.email, member.password, 'members')
    const response = await api(`/api/members/${member.id}`, {
      method: 'PATCH',
      token,
      body: { status: 'active', renewalDate: '2099-01-01T00:00:00.000Z', emailConsent: { given: true, wording: 'I agreed to nothing', at: '2000-01-01T00:00:00.000Z' } },
    })
    expect(response.status).toBe(200)
    const stored = await memberByEmail(member.email)
    expect(stored?.status).toBe('pending')
    expect(stored?.renewalDate ?? null).toBeNull()
    expect(stored?.emailConsent?.given).toBe(true)
    expect(stored?.emailConsent?.wording).toMatch(/^Yes, email me the bulletin/)
    expect(stored?.emailConsent?.at).not.toBe('2000-01-01T00:00:00.000Z')
  })
})

describe('passwords and lockout', () => {
  it('forgot-password answers known and unknown addresses alike; the reset link works once and expires', async () => {
    const member = await buildMember(payload, { email: email('forgetful') })
    const known = await api('/api/members/forgot-password', { method: 'POST', body: { email: member.email } })
    const unknown = await api('/api/members/forgot-password', { method: 'POST', body: { email: email('nobody') } })
    expect(known.status).toBe(unknown.status)
    expect(await known.json()).toEqual(await unknown.json())

    const token = mail.link(await mail.waitFor(member.email, /Reset your password/), '/reset-password').searchParams.get('token')
    const reset = await api('/api/members/reset-password', { method: 'POST', body: { token, password: 'a-brand-new-password' } })
    expect(reset.status).toBe(200)
    expect((await memberLogin(member.email, 'a-brand-new-password')).status).toBe(200)
    expect((await api('/api/members/reset-password', { method: 'POST', body: { token, password: 'another-new-password' } })).status).toBeGreaterThanOrEqual(400)

    // An expired token is refused.
    const other = await buildMember(payload, { email: email('late') })
    await api('/api/members/forgot-password', { method: 'POST', body: { email: other.email } })
    const late = mail.link(await mail.waitFor(other.email, /Reset/), '/reset-password').searchParams.get('token')
    await payload.update({ collection: 'members', id: other.id, data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() } })
    expect((await api('/api/members/reset-password', { method: 'POST', body: { token: late, password: 'a-brand-new-password' } })).status).toBeGreaterThanOrEqual(400)
    expect((await memberLogin(other.email, other.password)).status).toBe(200)
  })

  it('staff forgot-password answers at once and mails a reset link (it stalled 30 s, then 500)', async () => {
    const staff = await buildUser(payload, ['editor'])
    const started = Date.now()
    const response = await api('/api/users/forgot-password', { method: 'POST', body: { email: staff.email } })
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect((await mail.waitFor(staff.email)).body).toMatch(/reset/i)
  })

  it('locks an account after five failed logins, even against the right password', async () => {
    const member = await buildMember(payload, { email: email('target') })
    for (let attempt = 0; attempt < 5; attempt += 1) expect((await memberLogin(member.email, 'wrong-password-guess')).status).toBe(401)
    expect((await memberLogin(member.email, member.password)).status).toBe(401)
    // Unknown addresses fail the same way (no enumeration through the login form).
    expect((await memberLogin(email('ghost'), 'wrong-password-guess')).status).toBe(401)
  })
})

describe('who reads members’ personal data', () => {
  let alice: Member & { password: string }
  let bob: Member & { password: string }
  let aliceToken: string
  let bobToken: string
  let paymentId: string

  beforeAll(async () => {
    alice = await buildMember(payload, { email: email('alice'), name: 'Alice', notes: 'Prefers phone calls' })
    bob = await buildMember(payload, { email: email('bob'), name: 'Bob' })
    aliceToken = await login(alice.email, alice.password, 'members')
    bobToken = await login(bob.email, bob.password, 'members')
    const response = await api('/api/membership-payments', {
      method: 'POST',
      token: tokens.membership,
      body: { member: alice.id, amount: 25, method: 'card', paidAt: new Date().toISOString(), periodEnd: '2099-06-30T00:00:00.000Z' },
    })
    expect(response.status).toBe(201)
    paymentId = (await json<{ doc: { id: string } }>(response)).doc.id
  })

  it('recording a payment renews the member', async () => {
    const stored = await memberByEmail(alice.email)
    expect(stored?.status).toBe('active')
    expect(stored?.renewalDate).toBe('2099-06-30T00:00:00.000Z')
  })

  it('REST: a member reads their own payment with themselves populated; nobody else but membership staff and admins does', async () => {
    const own = await json<{ member: { email: string; notes?: string } }>(await api(`/api/membership-payments/${paymentId}?depth=1`, { token: aliceToken }))
    expect(own.member.email).toBe(alice.email)
    expect(own.member.notes).toBeUndefined()
    for (const token of [bobToken, tokens.editor, undefined]) {
      expect([403, 404]).toContain((await api(`/api/membership-payments/${paymentId}?depth=1`, { token })).status)
      const list = await json<{ docs: unknown[] }>(await api('/api/membership-payments?depth=1', { token }))
      expect(list.docs ?? []).toEqual([])
    }
    const staff = await json<{ member: { email: string; notes: string } }>(await api(`/api/membership-payments/${paymentId}?depth=1`, { token: tokens.membership }))
    expect(staff.member).toMatchObject({ email: alice.email, notes: 'Prefers phone calls' })
  })

  it('REST: the join from a member record lists only payments the reader may see', async () => {
    const own = await json<{ payments: { docs: { id: string }[] } }>(await api(`/api/members/${alice.id}?depth=1`, { token: aliceToken }))
    expect(own.payments.docs.map((doc) => doc.id)).toEqual([paymentId])
    expect((await api(`/api/members/${alice.id}?depth=1`, { token: bobToken })).status).toBe(404)
    expect((await api(`/api/members/${alice.id}`, { token: tokens.editor })).status).toBe(403)
  })

  it('GraphQL: payments and their populated member follow the same rules', async () => {
    const query = `{ MembershipPayments { docs { amount member { email name notes } } } }`
    const asAlice = await graphql<{ MembershipPayments: { docs: { member: { email: string; notes: string | null } }[] } }>(query, { token: aliceToken })
    expect(asAlice.body.data?.MembershipPayments.docs.map((doc) => doc.member.email)).toEqual([alice.email])
    expect(asAlice.body.data?.MembershipPayments.docs[0]?.member.notes).toBeNull()
    for (const token of [bobToken, tokens.editor, undefined]) {
      const other = await graphql<{ MembershipPayments: { docs: unknown[] } | null }>(query, { token })
      expect(other.body.data?.MembershipPayments?.docs ?? []).toEqual([])
    }
    const staff = await graphql<{ MembershipPayments: { docs: { member: { email: string } }[] } }>(query, { token: tokens.membership })
    expect(staff.body.data?.MembershipPayments.docs.map((doc) => doc.member.email)).toContain(alice.email)

    const members = await graphql<{ Members: { docs: { email: string }[] } | null }>(`{ Members(limit: 100) { docs { email } } }`, { token: bobToken })
    expect(members.body.data?.Members?.docs.map((doc) => doc.email)).toEqual([bob.email])
    const byId = await graphql<{ Member: { email: string } | null }>(`{ Member(id: "${alice.id}") { email } }`, { token: bobToken })
    expect(byId.body.data?.Member ?? null).toBeNull()
  })

  it('members cannot record payments', async () => {
    const response = await api('/api/membership-payments', {
      method: 'POST',
      token: bobToken,
      body: { member: bob.id, amount: 0, method: 'cash', paidAt: new Date().toISOString(), periodEnd: '2099-01-01T00:00:00.000Z' },
    })
    expect(response.status).toBe(403)
  })

  it('a member downloads their own data as JSON; nobody else can', async () => {
    const response = await api('/api/members/me/export', { token: aliceToken })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('attachment')
    expect(response.headers.get('cache-control')).toContain('no-store')
    const data = await json<{ member: { email: string; notes?: string }; payments: { amount: number }[] }>(response)
    expect(data.member.email).toBe(alice.email)
    expect(data.member.notes).toBeUndefined()
    expect(data.payments.map((payment) => payment.amount)).toEqual([25])
    expect((await api('/api/members/me/export')).status).toBe(401)
    expect((await api('/api/members/me/export', { token: tokens.admin })).status).toBe(401)
  })

  it('the CSV export is for membership staff only, with formulas neutralised', async () => {
    await buildMember(payload, { email: email('formula'), name: '=HYPERLINK("http://evil")' })
    const csv = await api('/api/members/export.csv?status=active', { token: tokens.membership })
    expect(csv.status).toBe(200)
    const text = await csv.text()
    expect(text.split('\r\n')[0]).toMatch(/^name,email,tier,status/)
    expect(text).toContain(alice.email)
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`)
    for (const token of [tokens.editor, aliceToken, undefined]) expect((await api('/api/members/export.csv', { token })).status).toBe(403)
  })

  it('membership staff approve a pending member', async () => {
    const pending = await buildMember(payload, { email: email('pending'), status: 'pending' })
    expect((await api(`/api/members/${pending.id}/approve`, { method: 'POST', token: tokens.editor })).status).toBe(403)
    expect((await api(`/api/members/${pending.id}/approve`, { method: 'POST', token: bobToken })).status).toBe(403)
    expect((await api(`/api/members/${pending.id}/approve`, { method: 'POST', token: tokens.membership })).status).toBe(200)
    const stored = await memberByEmail(pending.email)
    expect(stored?.status).toBe('active')
    expect(Date.parse(stored?.renewalDate ?? '')).toBeGreaterThan(Date.now() + 300 * 86_400_000)
  })
})

describe('renewal reminders', () => {
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()

  it('emails each member once per period, the configured number of days ahead, and lapses the overdue', async () => {
    await payload.updateGlobal({ slug: 'membership', data: { renewalReminderDays: 14 } })
    const soon = await buildMember(payload, { email: email('soon'), renewalDate: inDays(10) })
    const later = await buildMember(payload, { email: email('later'), renewalDate: inDays(20) })
    const overdue = await buildMember(payload, { email: email('overdue'), renewalDate: inDays(-1) })
    const pending = await buildMember(payload, { email: email('pendingsoon'), status: 'pending', renewalDate: inDays(5) })

    // Through the queue, as the schedule runs it.
    await payload.jobs.queue({ task: 'renewalReminders', input: {} })
    await payload.jobs.run()
    await mail.waitFor(soon.email, /renewal/)
    expect(mail.to(later.email)).toEqual([])
    expect(mail.to(pending.email)).toEqual([])
    expect((await memberByEmail(overdue.email))?.status).toBe('lapsed')
    expect(mail.link(mail.to(soon.email)[0]!, '/account').origin).toBe('http://site.test')

    // Again: nobody is reminded twice for the same renewal date.
    const req = await createLocalReq({}, payload)
    expect((await runRenewalRound(req)).reminded).toBe(0)
    expect(mail.to(soon.email)).toHaveLength(1)

    // Renewed, then the next period comes due: one new reminder.
    await payload.update({ collection: 'members', id: soon.id, data: { renewalDate: inDays(370) } })
    expect((await runRenewalRound(req, new Date(Date.now() + 360 * 86_400_000))).reminded).toBeGreaterThanOrEqual(1)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(mail.to(soon.email)).toHaveLength(2)
  })
})

describe('closing an account', () => {
  it('without Gift Aid: the member and their payments are deleted', async () => {
    const member = await buildMember(payload, { email: email('leaver') })
    await payload.create({ collection: 'membership-payments', data: { member: member.id, amount: 10, method: 'cash', paidAt: new Date().toISOString(), periodEnd: '2099-01-01T00:00:00.000Z' } })
    const token = await login(member.email, member.password, 'members')
    const response = await api('/api/members/me/close', { method: 'POST', token })
    expect(await json(response)).toEqual({ outcome: 'deleted' })
    expect(await memberByEmail(member.email)).toBeUndefined()
    expect((await payload.count({ collection: 'membership-payments', where: { member: { equals: member.id } } })).totalDocs).toBe(0)
  })

  it('with Gift Aid: only what HMRC requires is kept, and the account can no longer log in', async () => {
    const member = await buildMember(payload, {
      email: email('giftaider'),
      name: 'Rosa Huamán',
      address: { line1: '7 Jirón Junín', line2: 'Flat 2', town: 'Leeds', postcode: 'LS1 1AA', country: 'UK' },
      giftAid: { declared: true },
      emailConsent: { given: true },
      notes: 'Met at the 2024 AGM',
    })
    await payload.create({ collection: 'membership-payments', data: { member: member.id, amount: 25, method: 'card', paidAt: new Date().toISOString(), periodEnd: '2099-01-01T00:00:00.000Z' } })
    const token = await login(member.email, member.password, 'members')
    expect(await json(await api('/api/members/me/close', { method: 'POST', token }))).toEqual({ outcome: 'reduced' })

    const kept = await payload.findByID({ collection: 'members', id: member.id, depth: 0 })
    expect(kept).toMatchObject({
      name: 'Rosa Huamán',
      status: 'cancelled',
      address: { line1: '7 Jirón Junín', line2: null, town: null, postcode: 'LS1 1AA', country: null },
      giftAid: { declared: true },
      emailConsent: { given: false, wording: null, at: null },
      notes: null,
    })
    expect(kept.email).not.toContain('giftaider')
    expect(kept.giftAid?.wording).toContain('Gift Aid')
    expect(kept.giftAid?.declaredAt).toBeTruthy()
    expect(kept.erasedAt).toBeTruthy()
    expect((await payload.count({ collection: 'membership-payments', where: { member: { equals: member.id } } })).totalDocs).toBe(1)
    expect((await memberLogin(member.email, member.password)).status).toBe(401)
    // The old session is useless too.
    expect((await api('/api/members/me/export', { token })).status).toBe(401)
  })
})

describe('when the mail server is down', () => {
  // Stopped for these tests only, and started again on the same port (the cms's transport points at it).
  beforeAll(async () => {
    await mail.close()
  })
  afterAll(async () => {
    const restarted = await startMailServer({ port: mail.port })
    mail.close = restarted.close
  })

  const mailDown = (body: { errors?: { message?: string }[] }) => expect(body.errors?.[0]?.message).toMatch(/email could not be sent.*mail server/i)

  it('staff creating a member are told the confirmation email could not be sent, and nothing is saved', async () => {
    const address = email('mailless')
    const response = await api('/api/members', { method: 'POST', token: tokens.membership, body: { name: 'Luz Mamani', email: address, password: 'a-long-member-password', tier: 'individual' } })
    expect(response.status).toBe(503)
    mailDown(await json(response))
    expect(await memberByEmail(address)).toBeUndefined()
  })

  it('joining answers 503 for new and known addresses alike, and creates nobody', async () => {
    const fresh = joinForm()
    const known = await buildMember(payload, { email: email('known-mailless') })
    const answers = await Promise.all([join(fresh), join(joinForm({ email: known.email }))])
    expect(answers.map((answer) => answer.status)).toEqual([503, 503])
    for (const answer of answers) mailDown(await json(answer))
    expect(await memberByEmail(fresh.email as string)).toBeUndefined()
  })

  it('a member’s forgot-password answers known and unknown addresses alike, so an outage does not tell who is a member', async () => {
    const known = await buildMember(payload, { email: email('known-reset') })
    const answers = await Promise.all(
      [known.email, email('unknown-reset')].map((address) => api('/api/members/forgot-password', { method: 'POST', body: { email: address } })),
    )
    expect(answers.map((answer) => answer.status)).toEqual([200, 200])
    const [first, second] = await Promise.all(answers.map((answer) => answer.text()))
    expect(first).toBe(second)
  })
})
