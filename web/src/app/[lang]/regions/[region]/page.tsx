import { regionListingRoute } from '../../../../components/listing/routes'
import { noPrebuiltParams } from '../../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

export const generateMetadata = regionListingRoute.generateMetadata
export default regionListingRoute.Page
