import type { Endpoint } from 'payload'

/**
 * `GET /api/health`: 200 when the database answers a trivial read, 503 otherwise.
 * Used by `npm start`, docker-compose and load balancers; never cached.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    const headers = { 'Cache-Control': 'no-store' }
    try {
      await req.payload.find({
        collection: 'users',
        limit: 1,
        depth: 0,
        pagination: false,
        select: {},
        overrideAccess: true,
      })
      return Response.json(
        { status: 'ok', service: 'cms', database: 'ok', latencyMs: Math.round(performance.now() - started) },
        { headers },
      )
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'Health check: database unreachable' })
      return Response.json({ status: 'error', service: 'cms', database: 'unreachable' }, { status: 503, headers })
    }
  },
}
