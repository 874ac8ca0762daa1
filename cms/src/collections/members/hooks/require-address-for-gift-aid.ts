import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { Member } from '@chasqui/cms-types'

/** HMRC needs the home address (at least house name or number and postcode) of anyone who declares Gift Aid. */
export const requireAddressForGiftAid: CollectionBeforeValidateHook<Member> = ({ data, originalDoc, collection, req }) => {
  if (req.context.erasing) return data
  const declared = data?.giftAid?.declared ?? originalDoc?.giftAid?.declared
  if (!declared) return data
  const address = { ...originalDoc?.address, ...data?.address }
  const errors = [
    !address.line1?.trim() && { path: 'address.line1', message: 'A Gift Aid declaration needs your home address.' },
    !address.postcode?.trim() && { path: 'address.postcode', message: 'A Gift Aid declaration needs your postcode.' },
  ].filter((error): error is { path: string; message: string } => Boolean(error))
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors }, req.t)
  return data
}
