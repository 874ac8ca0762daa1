import type { ImageView } from '@chasqui/cms-client'

type Props = {
  image: ImageView
  /** The CSS sizes hint, e.g. "(min-width: 48rem) 48rem, 100vw". */
  sizes?: string
  /** Above the fold: load at once and with high priority; otherwise lazily. */
  priority?: boolean
  className?: string
  /** Shown as a figure with the caption and credit. */
  withCaption?: boolean
}

/**
 * An image from the CMS with a srcset of its generated sizes, its intrinsic width and
 * height (no layout shift), and lazy loading below the fold. Next's optimizer is not
 * used: the CMS already makes the sizes, and the site stays free of client code.
 */
export function ResponsiveImage({ image, sizes = '(min-width: 48rem) 48rem, 100vw', priority, className, withCaption }: Props) {
  // The sizes cut to the page's 16:9. A srcset offers one picture at several widths: with
  // the 4:3 admin thumbnail among them, a narrow screen got a differently cropped image.
  const candidates = (['card', 'hero'] as const)
    .map((name) => image.sizes[name])
    .filter((size) => size !== undefined)
  const largest = candidates.at(-1)
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- the CMS provides the sizes; see above.
    <img
      className={className}
      src={largest?.url ?? image.url}
      srcSet={candidates.length > 0 ? candidates.map((size) => `${size.url} ${size.width}w`).join(', ') : undefined}
      sizes={candidates.length > 0 ? sizes : undefined}
      width={largest?.width ?? image.width}
      height={largest?.height ?? image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding="async"
      style={{ objectPosition: `${image.focal.x}% ${image.focal.y}%` }}
    />
  )
  if (!withCaption || (!image.caption && !image.credit)) return img
  return (
    <figure className="figure">
      {img}
      <figcaption>
        {image.caption}
        {image.credit ? <span className="figure__credit"> {image.credit}</span> : null}
      </figcaption>
    </figure>
  )
}
