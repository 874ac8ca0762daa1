import { describe, expect, it } from 'vitest'

import { DEVELOPMENT_SECRET, parseEnv } from './env'
import { ConfigError } from './lib/config-error'

const REAL_SECRET = '4f0c2b7e9a1d8c3f6e5b0a9d7c2e1f4b8a6d3c0e9f2b5a7d'

describe('parseEnv', () => {
  it('needs nothing in development: SQLite, local URLs, a development secret', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      payloadSecret: DEVELOPMENT_SECRET,
      databaseUri: undefined,
      cmsUrl: 'http://localhost:3000',
      webUrl: 'http://localhost:3001',
    })
    expect(env.allowedOrigins).toEqual(['http://localhost:3000', 'http://localhost:3001'])
  })

  it('derives the URLs from CMS_PORT and WEB_PORT', () => {
    const env = parseEnv({ CMS_PORT: '4000', WEB_PORT: '4001' })
    expect([env.cmsUrl, env.webUrl]).toEqual(['http://localhost:4000', 'http://localhost:4001'])
  })

  it('adds CORS_ORIGINS to the allowed origins, without trailing slashes', () => {
    const env = parseEnv({ CORS_ORIGINS: 'https://partner.example/, https://other.example' })
    expect(env.allowedOrigins).toContain('https://partner.example')
    expect(env.allowedOrigins).toContain('https://other.example')
  })

  it.each([
    ['unset', undefined],
    ['a SQLite file', 'file:./data/x.db'],
    ['MongoDB', 'mongodb://localhost:27017/chasqui'],
    ['MongoDB Atlas', 'mongodb+srv://user:pw@cluster0.example.net/chasqui'],
  ])('accepts DATABASE_URI %s', (_, value) => {
    expect(parseEnv({ DATABASE_URI: value }).databaseUri).toBe(value)
  })

  it('rejects any other DATABASE_URI with one line naming it and the accepted forms, never the value', () => {
    const attempt = () => parseEnv({ DATABASE_URI: 'postgres://user:hunter2@db/chasqui' })
    expect(attempt).toThrow(ConfigError)
    expect(attempt).toThrow(/DATABASE_URI must be unset .*file:.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(attempt).not.toThrow(/hunter2/)
  })

  it.each(['', 'change-me', 'change-me-to-a-long-random-string', 'short', DEVELOPMENT_SECRET])(
    'refuses PAYLOAD_SECRET %j in production',
    (secret) => {
      expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(/PAYLOAD_SECRET/)
    },
  )

  it('accepts a random PAYLOAD_SECRET in production', () => {
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: REAL_SECRET }).payloadSecret).toBe(REAL_SECRET)
  })

  it('lets `next build` evaluate the config without a secret', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow()
  })

  it('names a malformed variable', () => {
    expect(() => parseEnv({ CMS_URL: 'localhost:3000' })).toThrow(/CMS_URL must be an http\(s\) URL/)
    expect(() => parseEnv({ CMS_PORT: 'eighty' })).toThrow(/CMS_PORT/)
    expect(() => parseEnv({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/)
  })

  describe('API limits', () => {
    it('defaults to limits on and X-Forwarded-For ignored', () => {
      const env = parseEnv({})
      expect(env.rateLimit).toEqual({ windowSeconds: 60, anonymous: 300, authenticated: 1200, authEndpoints: 10 })
      expect(env.trustedProxies).toBe(0)
      expect(env.maxBodyBytes).toBe(1024 * 1024)
      expect(env.graphQL).toEqual({ maxDepth: 10, maxComplexity: 1000 })
    })

    it('reads the limits, 0 meaning off and a blank value the default', () => {
      const env = parseEnv({ RATE_LIMIT_ANONYMOUS: '0', RATE_LIMIT_AUTHENTICATED: '', GRAPHQL_MAX_DEPTH: '7' })
      expect(env.rateLimit.anonymous).toBe(0)
      expect(env.rateLimit.authenticated).toBe(1200)
      expect(env.graphQL.maxDepth).toBe(7)
    })

    it.each([
      ['false', 0],
      ['true', 1],
      ['2', 2],
    ])('reads TRUST_PROXY=%s as %i trusted proxies', (value, proxies) => {
      expect(parseEnv({ TRUST_PROXY: value }).trustedProxies).toBe(proxies)
    })

    it('names a malformed limit', () => {
      expect(() => parseEnv({ RATE_LIMIT_ANONYMOUS: 'lots' })).toThrow(/RATE_LIMIT_ANONYMOUS must be a whole number/)
      expect(() => parseEnv({ GRAPHQL_MAX_COMPLEXITY: '-1' })).toThrow(/GRAPHQL_MAX_COMPLEXITY must be 0 or more/)
      expect(() => parseEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY must be true, false or the number of trusted proxies/)
    })
  })
})
