import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { api, bootPayload, buildUser, login } from './harness'

/**
 * Concurrent writers wait for each other instead of failing. (libsql gives its connection
 * to each transaction and opens a new one; without a busy timeout on every connection,
 * simultaneous writes fail at once with SQLITE_BUSY.)
 */
let payload: Payload
let token: string

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await buildUser(payload, ['editor'])
  token = await login(editor.email, editor.password)
})

afterAll(async () => {
  await payload.destroy()
})

it('twenty simultaneous creates through REST all succeed', async () => {
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      api('/api/articles', {
        token,
        method: 'POST',
        body: { title: `Concurrent ${index}`, kind: 'news', summary: 's', visibility: 'public', language: 'en', _status: 'published' },
      }),
    ),
  )
  const failures = await Promise.all(responses.filter((response) => response.status !== 201).map((response) => response.text()))
  expect(failures).toEqual([])
  expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(20)
})

it('writes and the jobs queue run side by side', async () => {
  const writes = Array.from({ length: 10 }, (_, index) =>
    api('/api/articles', {
      token,
      method: 'POST',
      body: { title: `Beside the queue ${index}`, kind: 'news', summary: 's', visibility: 'public', language: 'en' },
    }),
  )
  const runs = Array.from({ length: 5 }, () => payload.jobs.run({ queue: 'default' }))
  const [responses] = await Promise.all([Promise.all(writes), Promise.all(runs)])
  expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201))
})
