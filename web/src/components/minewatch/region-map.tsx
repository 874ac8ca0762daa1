import type { Language } from '@chasqui/cms-types'

import type { MinewatchStrings } from '../../i18n/minewatch'
import { regionLabel } from '../content/document-meta'

/**
 * Peru's 25 regions as a schematic tile map (one square per region, placed roughly
 * where it lies; not to scale): the site carries no geodata, and equal tiles let small
 * regions such as Callao count as much as Loreto. Rendered on the server as SVG, with
 * an equivalent table beside it for screen readers, keyboard and non-drag use.
 */
const TILES: Record<string, [column: number, row: number, abbreviation: string]> = {
  tumbes: [0, 0, 'TUM'],
  piura: [0, 1, 'PIU'],
  cajamarca: [1, 1, 'CAJ'],
  amazonas: [2, 1, 'AMA'],
  loreto: [3, 1, 'LOR'],
  lambayeque: [0, 2, 'LAM'],
  la_libertad: [1, 2, 'LLI'],
  san_martin: [2, 2, 'SMA'],
  ancash: [1, 3, 'ANC'],
  huanuco: [2, 3, 'HUC'],
  ucayali: [3, 3, 'UCA'],
  callao: [0, 4, 'CAL'],
  lima: [1, 4, 'LIM'],
  pasco: [2, 4, 'PAS'],
  junin: [3, 4, 'JUN'],
  ica: [1, 5, 'ICA'],
  huancavelica: [2, 5, 'HUV'],
  ayacucho: [3, 5, 'AYA'],
  cusco: [4, 5, 'CUS'],
  madre_de_dios: [5, 5, 'MDD'],
  arequipa: [2, 6, 'ARE'],
  apurimac: [3, 6, 'APU'],
  puno: [4, 6, 'PUN'],
  moquegua: [3, 7, 'MOQ'],
  tacna: [4, 7, 'TAC'],
}

/** Fill and text colours by count; every pair has at least 4.5:1 contrast. */
function shade(count: number): { fill: string; text: string } {
  if (count === 0) return { fill: '#f4f1ec', text: '#1b1b1b' }
  if (count === 1) return { fill: '#c6dbef', text: '#1b1b1b' }
  if (count === 2) return { fill: '#6baed6', text: '#1b1b1b' }
  return { fill: '#08519c', text: '#ffffff' }
}

export function RegionMap({ counts, language, strings, tableHref }: { counts: { key: string; count: number }[]; language: Language; strings: MinewatchStrings; tableHref: (region: string) => string }) {
  const size = 64
  const gap = 4
  const description = `${strings.mapDescription} ${counts
    .filter((entry) => entry.count > 0)
    .map((entry) => `${regionLabel(entry.key, language)}: ${entry.count}`)
    .join('; ')}.`
  return (
    <section aria-labelledby="mw-map" className="mw-map">
      <h2 id="mw-map">{strings.map}</h2>
      <div className="mw-map__body">
        <svg viewBox={`0 0 ${6 * (size + gap)} ${8 * (size + gap)}`} role="img" aria-labelledby="mw-map-title mw-map-desc" width="100%">
          <title id="mw-map-title">{strings.map}</title>
          <desc id="mw-map-desc">{description}</desc>
          {counts.map((entry) => {
            const tile = TILES[entry.key]
            if (!tile) return null
            const [column, row, abbreviation] = tile
            const { fill, text } = shade(entry.count)
            const x = column * (size + gap)
            const y = row * (size + gap)
            return (
              <g key={entry.key}>
                <rect x={x} y={y} width={size} height={size} fill={fill} stroke="#4d4d4d" strokeWidth="1" />
                <text x={x + size / 2} y={y + 26} textAnchor="middle" fontSize="14" fill={text}>
                  {abbreviation}
                </text>
                <text x={x + size / 2} y={y + 48} textAnchor="middle" fontSize="18" fontWeight="bold" fill={text}>
                  {entry.count}
                </text>
              </g>
            )
          })}
        </svg>
        <table className="mw-table mw-table--compact">
          <caption>{strings.mapTable}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.region}</th>
              <th scope="col">{strings.conflictsCol}</th>
            </tr>
          </thead>
          <tbody>
            {counts
              .filter((entry) => entry.count > 0)
              .map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    <a href={tableHref(entry.key)}>{regionLabel(entry.key, language)}</a>
                  </th>
                  <td>{entry.count}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
