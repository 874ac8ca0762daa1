/**
 * URL slugs that keep Spanish words readable: letters lose their accents instead of
 * disappearing (Payload's own slugify turns “edición” into “edicin”).
 */
export function toSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}
