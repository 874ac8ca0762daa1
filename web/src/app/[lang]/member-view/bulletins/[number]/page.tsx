import { bulletinRoute } from '../../../../../components/content/bulletin-route'

/**
 * The bulletin page for a visitor with the member cookie (next.config.ts routes them
 * here): read with their session, rendered per request, never cached.
 */
export const dynamic = 'force-dynamic'

const route = bulletinRoute({ memberView: true })
export const generateMetadata = route.generateMetadata
export default route.Page
