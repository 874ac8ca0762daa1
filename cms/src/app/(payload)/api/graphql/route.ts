import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { apiPolicyFromEnv } from '../../../../api-policy'

const withApiPolicy = apiPolicyFromEnv(config)

export const POST = withApiPolicy(GRAPHQL_POST(config))
export const OPTIONS = withApiPolicy(REST_OPTIONS(config))
