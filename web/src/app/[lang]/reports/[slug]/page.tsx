import { editionRoute } from '../../../../components/content/edition-route'
import { noPrebuiltParams } from '../../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

const route = editionRoute('reports')
export const generateMetadata = route.generateMetadata
export default route.Page
