/**
 * Demo topics: the themes the Peru Support Group's publications are filed under.
 * Names and descriptions in English and Spanish.
 */
import type { DemoTopic } from './types'

export const demoTopics: DemoTopic[] = [
  {
    slug: 'mining-and-extractives',
    name: { en: 'Mining and extractives', es: 'Minería e industrias extractivas' },
    description: {
      en: 'Mining, oil and gas in Peru: the projects, the companies behind them — including those listed in the UK — and their effects on neighbouring communities.',
      es: 'Minería, petróleo y gas en el Perú: los proyectos, las empresas que los impulsan —incluidas las que cotizan en el Reino Unido— y sus efectos en las comunidades vecinas.',
    },
  },
  {
    slug: 'human-rights',
    name: { en: 'Human rights', es: 'Derechos humanos' },
    description: {
      en: 'Civil, political, economic and social rights in Peru, and the people who defend them, often at considerable personal risk.',
      es: 'Los derechos civiles, políticos, económicos y sociales en el Perú, y las personas que los defienden, a menudo con un alto riesgo personal.',
    },
  },
  {
    slug: 'indigenous-rights-and-consultation',
    name: { en: 'Indigenous rights and consultation', es: 'Derechos indígenas y consulta previa' },
    description: {
      en: 'The rights of Andean and Amazonian peoples and peasant communities, and the long struggle for free, prior and informed consultation.',
      es: 'Los derechos de los pueblos andinos y amazónicos y de las comunidades campesinas, y la larga lucha por una consulta previa, libre e informada.',
    },
  },
  {
    slug: 'environment-and-climate',
    name: { en: 'Environment and climate', es: 'Medio ambiente y clima' },
    description: {
      en: 'Water, glaciers, forests and pollution: how environmental change and its regulation affect life in Peru.',
      es: 'Agua, glaciares, bosques y contaminación: cómo el cambio ambiental y su regulación afectan la vida en el Perú.',
    },
  },
  {
    slug: 'politics-and-governance',
    name: { en: 'Politics and governance', es: 'Política y gobernabilidad' },
    description: {
      en: 'Governments, parties, Congress and the state institutions that shape public life in Peru.',
      es: 'Gobiernos, partidos, Congreso y las instituciones del Estado que dan forma a la vida pública en el Perú.',
    },
  },
  {
    slug: 'inequality-and-development',
    name: { en: 'Inequality and development', es: 'Desigualdad y desarrollo' },
    description: {
      en: 'Who benefits from growth, who is left behind, and what a fairer model of development could look like.',
      es: 'Quién se beneficia del crecimiento, quién se queda atrás y cómo podría ser un modelo de desarrollo más justo.',
    },
  },
  {
    slug: 'justice-and-impunity',
    name: { en: 'Justice and impunity', es: 'Justicia e impunidad' },
    description: {
      en: 'Efforts to hold those responsible for abuses to account, in Peru and abroad, and the obstacles victims face.',
      es: 'Los esfuerzos por exigir responsabilidades por los abusos, en el Perú y en el extranjero, y los obstáculos que enfrentan las víctimas.',
    },
  },
  {
    slug: 'solidarity-and-campaigns',
    name: { en: 'Solidarity and campaigns', es: 'Solidaridad y campañas' },
    description: {
      en: 'News of the PSG’s own work: events, campaigns, volunteering and ways to get involved from the UK.',
      es: 'Noticias sobre el trabajo del PSG: eventos, campañas, voluntariado y formas de participar desde el Reino Unido.',
    },
  },
]
