import 'server-only'

import { headers } from 'next/headers'

/**
 * Per-client limits on the forms that create accounts, check passwords or send email
 * (join, log in, forgot password): the cms exempts the site's server from its own rate
 * limits, so the site applies them. Fixed windows in memory, per process. The client is
 * the first X-Forwarded-For address when a proxy sets one; without a proxy every
 * visitor shares one bucket per form, which is why the limits are generous.
 */
const WINDOW_MS = 10 * 60 * 1000
const LIMITS = { join: 20, login: 30, forgot: 10 } as const

const windows = new Map<string, { start: number; count: number }>()

export async function allowRequest(form: keyof typeof LIMITS, now = Date.now()): Promise<boolean> {
  const list = await headers()
  const client = list.get('x-forwarded-for')?.split(',')[0]?.trim() || list.get('x-real-ip') || 'direct'
  const key = `${form}:${client}`
  const current = windows.get(key)
  if (!current || now - current.start >= WINDOW_MS) {
    if (windows.size > 10_000) windows.clear()
    windows.set(key, { start: now, count: 1 })
    return true
  }
  current.count += 1
  return current.count <= LIMITS[form]
}
