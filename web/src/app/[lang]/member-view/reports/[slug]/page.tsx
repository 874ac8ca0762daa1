import { memberEditionRoute } from '../../../../../components/content/edition-route'

/** The reports page for a visitor with the member cookie: never cached (see memberEditionRoute). */
export const dynamic = 'force-dynamic'

const route = memberEditionRoute('reports')
export const generateMetadata = route.generateMetadata
export default route.Page
