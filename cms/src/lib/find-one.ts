import type { CollectionSlug, PayloadRequest, SelectType } from 'payload'

/**
 * One document by id, or null — without throwing. Inside a transaction, a Local API
 * `findByID` that does not find its document throws NotFound, and Payload then rolls
 * back the *whole request's* transaction: a hook that catches the error would carry on
 * while every write of the operation is silently undone. A `find` by id just returns
 * nothing. Access control is off: hooks read what they need to keep data consistent.
 */
export async function findOne<T = Record<string, unknown>>(
  req: PayloadRequest,
  collection: string,
  id: string | number,
  { draft = false, select }: { draft?: boolean; select?: SelectType } = {},
): Promise<T | null> {
  const result = await req.payload.find({
    collection: collection as CollectionSlug,
    where: { id: { equals: id } },
    draft,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
    ...(select && { select }),
  })
  return (result.docs[0] as T | undefined) ?? null
}
