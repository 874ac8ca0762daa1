import type { Client, InStatement, Transaction, TransactionMode } from '@libsql/client'

/**
 * Makes one SQLite file safe for concurrent requests in one Node process.
 *
 * libsql's local driver runs SQLite synchronously and gives its connection to each
 * transaction, opening a new one for the queries after it. Two writers therefore sit on
 * two connections; when the second must wait for the first's lock, SQLite's busy
 * handler sleeps *synchronously* — blocking the event loop the first writer needs to
 * finish. The wait can only end in SQLITE_BUSY (tests/int/concurrency.int.test.ts).
 * Payload's adapter also sets `busy_timeout` only on the first connection.
 *
 * So writes are serialized here, asynchronously: a write transaction holds an in-process
 * lock from BEGIN to COMMIT/ROLLBACK, and a write statement outside a transaction takes
 * the lock for its duration. Reads never wait (WAL lets them run beside a writer). Each
 * replacement connection gets the same settings as the first. Other processes writing
 * to the same file (a migration, the jobs worker) are what `busy_timeout` is still for.
 */
export function serializeWrites(client: Client, { pragmas, lockTimeoutMs }: { pragmas: string[]; lockTimeoutMs: number }): void {
  const lock = createLock(lockTimeoutMs)
  const transaction = client.transaction.bind(client)
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const migrate = client.migrate.bind(client)

  /** Opens the transaction and configures the connection that replaces the one it took. */
  const begin = (mode?: TransactionMode): Promise<Transaction> => {
    // Both calls run synchronously in the local driver: no query can slip in between.
    const started = transaction(mode)
    const configured = Promise.all(pragmas.map((pragma) => execute(pragma)))
    return Promise.all([started, configured]).then(([tx]) => tx)
  }

  client.transaction = (async (mode?: TransactionMode) => {
    if (mode === 'read') return begin(mode)
    const release = await lock.acquire()
    try {
      const tx = await begin(mode)
      let released = false
      const releaseOnce = () => {
        if (!released) {
          released = true
          release()
        }
      }
      for (const method of ['commit', 'rollback'] as const) {
        const original = tx[method].bind(tx)
        tx[method] = async () => {
          try {
            return await original()
          } finally {
            releaseOnce()
          }
        }
      }
      const close = tx.close.bind(tx)
      tx.close = () => {
        close()
        releaseOnce()
      }
      return tx
    } catch (error) {
      release()
      throw error
    }
  }) as Client['transaction']

  const locked =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>, isWrite: (...args: A) => boolean) =>
    async (...args: A): Promise<R> => {
      if (!isWrite(...args)) return run(...args)
      const release = await lock.acquire()
      try {
        return await run(...args)
      } finally {
        release()
      }
    }

  client.execute = locked(execute as (stmt: InStatement, args?: unknown) => ReturnType<Client['execute']>, (stmt) =>
    isWriteStatement(stmt),
  ) as Client['execute']
  client.batch = locked(batch, (_stmts, mode) => mode !== 'read') as Client['batch']
  client.executeMultiple = locked(executeMultiple, () => true)
  client.migrate = locked(migrate, () => true)
}

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter|vacuum|reindex|analyze|with\b[\s\S]*\b(insert|update|delete))\b/i

function isWriteStatement(stmt: InStatement): boolean {
  return WRITE.test(typeof stmt === 'string' ? stmt : stmt.sql)
}

/** A first-come, first-served async lock. A waiter that gives up still frees its turn. */
function createLock(timeoutMs: number) {
  let tail: Promise<void> = Promise.resolve()
  return {
    acquire(): Promise<() => void> {
      let release!: () => void
      const done = new Promise<void>((resolve) => (release = resolve))
      const turn = tail.then(() => release)
      tail = tail.then(() => done)
      let timer: NodeJS.Timeout | undefined
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          // Free the turn as soon as it comes, so the queue behind keeps moving.
          void turn.then((free) => free())
          reject(
            new Error(
              `Waited ${timeoutMs / 1000} s for the SQLite write lock. A write inside a transaction that does not pass \`req\` waits for its own transaction.`,
            ),
          )
        }, timeoutMs)
      })
      return Promise.race([turn, timeout]).finally(() => clearTimeout(timer))
    },
  }
}
