import type { MinewatchSnapshot, SnapshotConflict } from '@chasqui/cms-types'

/**
 * An illustrative MineWatch dataset. Every company, project, community and source here
 * is FICTIONAL (sample data, labelled as such on the site); regions and minerals are
 * real so the figures, map and charts have something to show. Two monthly releases:
 * September 2012, then October 2012 after the changes in `octoberChanges`.
 */

const source = (report: number, date: string) => ({
  date,
  url: `https://example.org/sample-data/defensoria-report-${report}`,
  title: `Defensoría del Pueblo, social conflicts report no. ${report} (sample citation)`,
})

export const septemberData: MinewatchSnapshot = {
  companies: [
    { slug: 'albion-cordillera-mining', name: 'Albion Cordillera Mining plc', listing: 'lse_main', ticker: 'ACM', parent: '', website: 'https://example.org/albion', notes: 'Fictional company (sample data).' },
    { slug: 'thames-andes-resources', name: 'Thames & Andes Resources plc', listing: 'aim', ticker: 'TAR', parent: '', website: '', notes: 'Fictional company (sample data).' },
    { slug: 'greyfriars-gold', name: 'Greyfriars Gold plc', listing: 'aim', ticker: 'GFG', parent: '', website: '', notes: 'Fictional company (sample data).' },
    { slug: 'pennine-copper-holdings', name: 'Pennine Copper Holdings', listing: 'other', ticker: '', parent: 'Pennine Group (fictional)', website: '', notes: 'Fictional company (sample data): privately held, significant British capital.' },
    { slug: 'kestrel-exploration', name: 'Kestrel Exploration plc', listing: 'aim', ticker: 'KEX', parent: '', website: '', notes: 'Fictional company (sample data).' },
    { slug: 'wessex-metals', name: 'Wessex Metals plc', listing: 'lse_main', ticker: 'WXM', parent: '', website: '', notes: 'Fictional company (sample data).' },
  ],
  projects: [
    { slug: 'cerro-albion', name: 'Cerro Albion', owners: [{ company: 'albion-cordillera-mining', share: 70 }, { company: 'pennine-copper-holdings', share: 30 }], region: 'cajamarca', province: 'Hualgayoc', district: 'Bambamarca', minerals: ['copper', 'gold'], stage: 'production', latitude: -6.68, longitude: -78.52 },
    { slug: 'quebrada-honda', name: 'Quebrada Honda', owners: [{ company: 'thames-andes-resources', share: 100 }], region: 'piura', province: 'Huancabamba', district: 'Carmen de la Frontera', minerals: ['copper', 'molybdenum'], stage: 'exploration', latitude: -5.1, longitude: -79.4 },
    { slug: 'quilla-gold', name: 'Quilla Gold', owners: [{ company: 'greyfriars-gold', share: 100 }], region: 'apurimac', province: 'Cotabambas', district: 'Tambobamba', minerals: ['gold'], stage: 'construction', latitude: -13.94, longitude: -72.17 },
    { slug: 'santa-brigida', name: 'Santa Brígida', owners: [{ company: 'pennine-copper-holdings', share: 51 }, { company: 'kestrel-exploration', share: 49 }], region: 'puno', province: 'Carabaya', district: 'Macusani', minerals: ['tin', 'uranium'], stage: 'exploration', latitude: null, longitude: null },
    { slug: 'laguna-verde', name: 'Laguna Verde', owners: [{ company: 'wessex-metals', share: 100 }], region: 'arequipa', province: 'Caylloma', district: 'Caylloma', minerals: ['silver', 'zinc'], stage: 'production', latitude: -15.2, longitude: -71.77 },
    { slug: 'huanca-norte', name: 'Huanca Norte', owners: [{ company: 'kestrel-exploration', share: 100 }], region: 'ancash', province: 'Huari', district: 'San Marcos', minerals: ['zinc', 'copper'], stage: 'care_and_maintenance', latitude: -9.52, longitude: -77.16 },
  ],
  conflicts: [
    {
      slug: 'cerro-albion-water-rights',
      title: 'Water rights at Cerro Albion',
      project: 'cerro-albion',
      communities: ['Comunidad Campesina San Isidro (fictional)', 'Rondas Campesinas de Alto Molle (fictional)'],
      type: 'water',
      status: 'active',
      reportMonth: '2012-09',
      firstReported: '2011-11-24',
      lastUpdated: '2012-09-20',
      description: 'Sample data. Communities downstream of the mine say its expansion would drain four lagoons that feed their irrigation channels.',
      sources: [source(93, '2011-11-30'), source(103, '2012-09-30')],
    },
    {
      slug: 'quebrada-honda-consultation',
      title: 'Prior consultation at Quebrada Honda',
      project: 'quebrada-honda',
      communities: ['Comunidad Campesina Segunda y Cajas (fictional)'],
      type: 'consultation',
      status: 'latent',
      reportMonth: '2012-09',
      firstReported: '2010-06-14',
      lastUpdated: '2012-08-02',
      description: 'Sample data. The community assembly says it never agreed to exploration on its land and asks for a consultation under ILO Convention 169.',
      sources: [source(103, '2012-09-30')],
    },
    {
      slug: 'quilla-gold-land',
      title: 'Land purchase dispute at Quilla Gold',
      project: 'quilla-gold',
      communities: ['Comunidad Campesina Huancuire (fictional)'],
      type: 'land',
      status: 'active',
      reportMonth: '2012-09',
      firstReported: '2012-02-10',
      lastUpdated: '2012-09-12',
      description: 'Sample data. Families resettled for the pit dispute the price paid for their land and the terms of the resettlement agreement.',
      sources: [source(101, '2012-07-31'), source(103, '2012-09-30')],
    },
    {
      slug: 'santa-brigida-labour',
      title: 'Contract workers’ strike at Santa Brígida',
      project: 'santa-brigida',
      communities: ['Contract workers’ union (fictional)'],
      type: 'labour',
      status: 'active',
      reportMonth: '2012-09',
      firstReported: '2012-08-20',
      lastUpdated: '2012-09-18',
      description: 'Sample data. Contract workers on the exploration camp strike over unpaid wages and safety equipment.',
      sources: [source(103, '2012-09-30')],
    },
    {
      slug: 'huanca-norte-tailings',
      title: 'Tailings dam at Huanca Norte',
      project: 'huanca-norte',
      communities: ['Centro Poblado Ayash (fictional)'],
      type: 'environmental',
      status: 'latent',
      reportMonth: '2012-09',
      firstReported: '2009-03-03',
      lastUpdated: '2012-05-30',
      description: 'Sample data. Residents fear the tailings dam left behind when the mine went into care and maintenance is leaking into the river.',
      sources: [source(87, '2009-03-31')],
    },
  ],
}

type ConflictChange = Pick<SnapshotConflict, 'slug'> & Partial<SnapshotConflict>

/** What happened between the September and October releases. */
export const octoberChanges: { updated: ConflictChange[]; added: SnapshotConflict[] } = {
  updated: [
    { slug: 'quilla-gold-land', status: 'resolved', reportMonth: '2012-10', lastUpdated: '2012-10-25', sources: [source(101, '2012-07-31'), source(103, '2012-09-30'), source(104, '2012-10-31')] },
    { slug: 'cerro-albion-water-rights', reportMonth: '2012-10', lastUpdated: '2012-10-29', sources: [source(93, '2011-11-30'), source(103, '2012-09-30'), source(104, '2012-10-31')] },
    { slug: 'santa-brigida-labour', reportMonth: '2012-10', lastUpdated: '2012-10-10' },
  ],
  added: [
    {
      slug: 'laguna-verde-river',
      title: 'River contamination near Laguna Verde',
      project: 'laguna-verde',
      communities: ['Comunidad Campesina Tarucamarca (fictional)'],
      type: 'environmental',
      status: 'active',
      reportMonth: '2012-10',
      firstReported: '2012-10-03',
      lastUpdated: '2012-10-28',
      description: 'Sample data. Herders report dead fish and sick alpacas downstream of the plant after a spill.',
      sources: [source(104, '2012-10-31')],
    },
  ],
}

export const demoReleases = [
  { month: '2012-09', summary: 'Sample data: the first monthly release of the illustrative dataset. Five conflicts around five projects.' },
  { month: '2012-10', summary: 'Sample data: one conflict resolved at Quilla Gold, one new conflict near Laguna Verde, sources updated from the October report.' },
]
