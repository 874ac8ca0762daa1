/**
 * Demo globals: site settings, navigation and the home page, in English and Spanish.
 */
import type { DemoGlobals } from './types'

export const demoGlobals: DemoGlobals = {
  siteSettings: {
    siteName: 'Peru Support Group',
    organisation: 'Peru Support Group (demo)',
    contactEmail: 'info@example.org',
    tagline: {
      en: 'News, analysis and solidarity for human rights in Peru',
      es: 'Noticias, análisis y solidaridad por los derechos humanos en el Perú',
    },
    footerText: {
      en: 'The Peru Support Group works in the UK to promote human rights, justice and sustainable development in Peru. This is a demonstration site: all content is illustrative.',
      es: 'El Peru Support Group trabaja en el Reino Unido para promover los derechos humanos, la justicia y el desarrollo sostenible en el Perú. Este es un sitio de demostración: todo el contenido es ilustrativo.',
    },
  },
  navigation: {
    header: [
      { label: { en: 'News', es: 'Noticias' }, path: '/articles' },
      { label: { en: 'Reports', es: 'Informes' }, path: '/reports' },
      { label: { en: 'Case studies', es: 'Estudios de caso' }, path: '/case-studies' },
      { label: { en: 'Bulletins', es: 'Boletines' }, path: '/bulletins' },
      { label: { en: 'Background', es: 'Contexto' }, page: 'historical-overview' },
      { label: { en: 'MineWatch', es: 'MineWatch' }, path: '/minewatch' },
      { label: { en: 'Join', es: 'Hazte socio' }, page: 'join' },
    ],
    footer: [
      { label: { en: 'Historical overview', es: 'Panorama histórico' }, page: 'historical-overview' },
      { label: { en: 'Society and conflict', es: 'Sociedad y conflicto' }, page: 'society-and-conflict' },
      { label: { en: 'Climate change', es: 'Cambio climático' }, page: 'climate-change' },
      { label: { en: 'Bulletins', es: 'Boletines' }, path: '/bulletins' },
      { label: { en: 'Topics', es: 'Temas' }, path: '/topics' },
      { label: { en: 'Regions', es: 'Regiones' }, path: '/regions' },
      { label: { en: 'Join the PSG', es: 'Hazte socio del PSG' }, page: 'join' },
    ],
  },
  home: {
    featured: [
      { collection: 'case-studies', slug: 'torture-at-the-rio-blanco-mine' },
      { collection: 'reports', slug: 'artisanal-gold-mining-in-peru' },
      { collection: 'bulletins', number: 154 },
      { collection: 'articles', slug: 'peru-and-the-persistence-of-inequality' },
    ],
    membershipPitch: {
      en: {
        heading: 'Why join the PSG?',
        points: [
          'Stay informed about the latest news and developments from Peru',
          'Understand how poverty, development and human rights intersect in today’s Peru',
          'Help sustain the PSG’s research, advocacy and solidarity work',
        ],
        callToAction: 'Become a member',
      },
      es: {
        heading: '¿Por qué hacerse socio del PSG?',
        points: [
          'Mantente al día de las últimas noticias y novedades del Perú',
          'Comprende cómo se entrelazan la pobreza, el desarrollo y los derechos humanos en el Perú de hoy',
          'Contribuye a sostener la investigación, la incidencia y la labor solidaria del PSG',
        ],
        callToAction: 'Hazte socio',
      },
      joinPage: 'join',
    },
  },
}
