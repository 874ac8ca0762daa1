/**
 * A horizontal bar chart as server-rendered SVG: an image with a title and a text
 * description that states every value, so screen readers get the whole chart.
 */
export function BarChart({
  id,
  title,
  description,
  items,
}: {
  id: string
  title: string
  description: (items: string) => string
  items: { label: string; value: number }[]
}) {
  const row = 30
  const labelWidth = 170
  const barWidth = 360
  const height = Math.max(1, items.length) * row + 10
  const max = Math.max(1, ...items.map((item) => item.value))
  const summary = description(items.map((item) => `${item.label}: ${item.value}`).join('; '))
  return (
    <figure className="mw-chart">
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <svg viewBox={`0 0 ${labelWidth + barWidth + 50} ${height}`} role="img" aria-labelledby={`${id}-svg-title ${id}-desc`} width="100%">
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {items.map((item, index) => {
          const y = index * row + 5
          const width = Math.round((item.value / max) * barWidth)
          return (
            <g key={item.label}>
              <text x={labelWidth - 8} y={y + 19} textAnchor="end" fontSize="14" fill="#1b1b1b">
                {item.label}
              </text>
              <rect x={labelWidth} y={y + 4} width={Math.max(width, 2)} height={row - 10} fill="#0b5394" />
              <text x={labelWidth + Math.max(width, 2) + 6} y={y + 19} fontSize="14" fill="#1b1b1b">
                {item.value}
              </text>
            </g>
          )
        })}
      </svg>
    </figure>
  )
}
