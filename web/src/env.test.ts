import { describe, expect, it } from 'vitest'

import { parseEnv } from './env'

describe('web parseEnv', () => {
  it('defaults to the local cms and site', () => {
    expect(parseEnv({})).toEqual({
      nodeEnv: 'development',
      cmsUrl: 'http://localhost:3000',
      cmsPublicUrl: 'http://localhost:3000',
      webUrl: 'http://localhost:3001',
      revalidateSecret: undefined,
      previewSecret: undefined,
      previewApiKey: undefined,
      membersServiceKey: undefined,
      secureCookies: false,
    })
    expect(parseEnv({ NODE_ENV: 'production' }).secureCookies).toBe(true)
  })

  it('follows CMS_PORT / WEB_PORT, and CMS_URL when set', () => {
    expect(parseEnv({ CMS_PORT: '4000', WEB_PORT: '4001' })).toMatchObject({
      cmsUrl: 'http://localhost:4000',
      webUrl: 'http://localhost:4001',
    })
    expect(parseEnv({ CMS_URL: 'http://cms:3000/', CMS_PUBLIC_URL: 'https://cms.example.org' })).toMatchObject({
      cmsUrl: 'http://cms:3000',
      cmsPublicUrl: 'https://cms.example.org',
    })
  })

  it('names a malformed variable', () => {
    expect(() => parseEnv({ CMS_URL: 'cms:3000' })).toThrow(/CMS_URL must be an http\(s\) URL/)
  })
})
