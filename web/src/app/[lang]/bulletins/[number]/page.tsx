import { bulletinRoute } from '../../../../components/content/bulletin-route'
import { noPrebuiltParams } from '../../../../lib/route'

export const revalidate = 300
export const generateStaticParams = noPrebuiltParams

const route = bulletinRoute({ memberView: false })
export const generateMetadata = route.generateMetadata
export default route.Page
