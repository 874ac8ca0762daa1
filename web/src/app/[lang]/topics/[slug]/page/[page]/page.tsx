import { topicListingRoute } from '../../../../../../components/listing/routes'
import { noPrebuiltParams } from '../../../../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

export const generateMetadata = topicListingRoute.generateMetadata
export default topicListingRoute.Page
