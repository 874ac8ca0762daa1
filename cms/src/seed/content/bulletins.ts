/**
 * Demo bulletins: three issues of the PSG's "Update" bulletin from 2012. Numbers, periods
 * and dates follow the PSG home feed; summaries and the PDF text are written afresh.
 */
import type { DemoBulletin } from './types'

export const demoBulletins: DemoBulletin[] = [
  {
    number: 152,
    title: 'Update 152',
    period: 'Jun – Jul 2012',
    publishedAt: '2012-07-31T09:00:00.000Z',
    summary:
      'A turbulent two months: deaths during the Conga protests in Cajamarca, a state of emergency in three provinces, and a change of prime minister as Óscar Valdés makes way for Juan Jiménez. Plus news from the regions and the PSG’s summer activities.',
    cover: {
      key: 'bulletin-152-cover',
      alt: 'Cover of PSG bulletin Update 152, June to July 2012',
      colour: '#5d4e60',
      label: 'Update 152 · Jun – Jul 2012',
    },
  },
  {
    number: 153,
    title: 'Update 153',
    period: 'Aug – Sep 2012',
    publishedAt: '2012-09-30T09:00:00.000Z',
    summary:
      'Our editorial asks why the ministry that promotes mining investment also approves environmental studies. This issue also covers the launch of MineWatch and of our report on artisanal and small-scale gold mining, published in English and Spanish.',
    cover: {
      key: 'bulletin-153-cover',
      alt: 'Cover of PSG bulletin Update 153, August to September 2012',
      colour: '#7a6a4f',
      label: 'Update 153 · Aug – Sep 2012',
    },
  },
  {
    number: 154,
    title: 'Update 154',
    period: 'Oct – Dec 2012',
    publishedAt: '2012-12-19T09:00:00.000Z',
    summary:
      'The year closes with a report from our annual conference on inequality, the launch of our case study on the Río Blanco mine, and a look ahead at the first tests of the prior consultation law in 2013.',
    cover: {
      key: 'bulletin-154-cover',
      alt: 'Cover of PSG bulletin Update 154, October to December 2012',
      colour: '#4a6670',
      label: 'Update 154 · Oct – Dec 2012',
    },
    pdf: {
      key: 'bulletin-154-full-issue',
      title: 'Update 154 (Oct – Dec 2012) — full issue',
      language: 'en',
      description: 'The complete text of the PSG bulletin Update 154, covering October to December 2012.',
      pages: [
        {
          heading: 'Update 154 — Oct – Dec 2012: In this issue',
          paragraphs: [
            'This final issue of 2012 reflects on a year in which the promise of the Humala government met the hard reality of social conflict. Our lead article reports on the PSG annual conference, which examined why inequality in Peru has proved so resistant to a decade of economic growth.',
            'We also introduce our new case study on the Río Blanco copper project in Piura, which uses court records, diplomatic correspondence, photographs and testimony to tell the story of the 2005 detentions and the long search for justice that followed.',
            'Elsewhere in this issue: a round-up of news from the regions, an update on the MineWatch database, and a look at what 2013 may bring for the prior consultation law.',
          ],
        },
        {
          heading: 'Conference report: Peru and the Persistence of Inequality',
          paragraphs: [
            'Speakers from universities and development organisations in Latin America and Europe agreed that growth alone has not narrowed the gaps between Lima and the regions, between the coast and the highlands, or between indigenous and non-indigenous Peruvians.',
            'Much of the discussion centred on the extractive model. Several contributors argued that mining revenues have been concentrated far from the places that bear the environmental and social costs, and that the absence of meaningful consultation turns disagreements into open conflict.',
            'The day closed with a discussion of practical priorities: fairer fiscal arrangements for the regions, public services planned around need, and institutions that communities can trust to act independently.',
          ],
        },
        {
          heading: 'Looking ahead to 2013',
          paragraphs: [
            'The first consultation processes under the new law are expected next year. Their design will show whether consultation becomes a genuine dialogue or a formality completed on the way to a decision already taken.',
            'The PSG will continue to monitor UK-linked extractive projects through MineWatch, to follow up our report on the criminalisation of human rights defenders, and to press for progress in the Río Blanco proceedings.',
            'We thank all our members, volunteers and supporters for their help during 2012. Please remember to renew your membership for the coming year.',
          ],
        },
      ],
    },
  },
]
