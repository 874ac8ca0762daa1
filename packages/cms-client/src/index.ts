export { authorization, createCmsClient, FEED_SELECT, MAX_PAGE_SIZE, type CmsClient, type CmsClientOptions } from './client.js'
export { CmsError, CmsUnavailableError } from './errors.js'
export { editionPath, type WorkSection } from './mappers.js'
export { signPreview, verifyPreview, type PreviewLink } from './preview.js'
export { toQueryString } from './query.js'
export {
  revalidateEventSchema,
  SIGNATURE_HEADER,
  SIGNATURE_TOLERANCE_SECONDS,
  signEvent,
  tagsForEvent,
  verifySignature,
  type RevalidateEvent,
  type VerifyResult,
} from './revalidate.js'
export { tags } from './tags.js'
export type * from './types.js'
export { SITE_EXEMPTION_HEADER, siteExemptionToken } from './site-exemption.js'
export { MINEWATCH_TAGS, type CorrectionInput, type MinewatchRelated, type MinewatchReleaseSummary } from './minewatch.js'
