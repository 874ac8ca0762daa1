import { createServer } from 'node:net'

/** Resolves when `port` can be bound on all interfaces; rejects with a hint when taken. */
export function assertPortFree(port: number, variable: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use. Stop what is using it or choose another with ${variable}=<port>.`
            : `Cannot listen on port ${port}: ${error.message}`,
        ),
      )
    })
    server.listen(port, () => server.close(() => resolve()))
  })
}
