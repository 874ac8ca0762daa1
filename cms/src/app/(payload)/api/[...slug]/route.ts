import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { apiPolicyFromEnv, headFromGet } from '../../../../api-policy'

const withApiPolicy = apiPolicyFromEnv(config)

export const GET = withApiPolicy(REST_GET(config))
export const HEAD = headFromGet(GET)
export const POST = withApiPolicy(REST_POST(config))
export const DELETE = withApiPolicy(REST_DELETE(config))
export const PATCH = withApiPolicy(REST_PATCH(config))
export const PUT = withApiPolicy(REST_PUT(config))
export const OPTIONS = withApiPolicy(REST_OPTIONS(config))
