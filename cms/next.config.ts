import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: {
    // Keep server code unminified: Payload maps errors to log levels by class name
    // (loggingLevels in the config), and minified names ("th") would match none of them;
    // readable stack traces in production logs are worth the larger server bundle.
    turbopackMinify: { server: false, client: true },
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
