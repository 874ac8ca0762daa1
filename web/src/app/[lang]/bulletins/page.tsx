import { sectionListingRoute } from '../../../components/listing/routes'
import { noPrebuiltParams } from '../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

const route = sectionListingRoute('bulletins')
export const generateMetadata = route.generateMetadata
export default route.Page
