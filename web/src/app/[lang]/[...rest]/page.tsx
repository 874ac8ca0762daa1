import { notFound } from 'next/navigation'

/** Any other address under a language is not a page: the language's 404. */
export default function UnknownPage(): never {
  notFound()
}
