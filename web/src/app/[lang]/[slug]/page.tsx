import { editionRoute } from '../../../components/content/edition-route'
import { noPrebuiltParams } from '../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

/** Background pages live at the top level: /about, /es/quienes-somos. */
const route = editionRoute('pages')
export const generateMetadata = route.generateMetadata
export default route.Page
