/**
 * Demo articles, after the Peru Support Group's home feed (titles, dates and facts from
 * it; every summary and body written afresh for Chasqui).
 */
import type { Article } from '@chasqui/cms-types'

export type DemoArticle = {
  slug: string
  title: string
  kind: Article['kind']
  publishedAt: string
  summary: string
  body: string
}

export const demoArticles: DemoArticle[] = [
  {
    slug: 'peru-and-the-persistence-of-inequality',
    title: 'Peru and the Persistence of Inequality',
    kind: 'event_report',
    publishedAt: '2012-12-19T09:00:00.000Z',
    summary:
      'Academics and development practitioners from Latin America and Europe met at this year’s annual conference to ask why inequality in Peru has proved so stubborn. We draw together the main arguments.',
    body: `
Ten years of fast economic growth have changed Peru’s national accounts far more than they have changed the lives of most Peruvians. That gap was the starting point for this year’s annual conference, which brought speakers from universities and development organisations in Latin America and Europe to one room.

## Growth without convergence

Several speakers showed that the benefits of the mining-led boom have been concentrated in Lima and on the coast, while the highland and Amazonian regions that host many of the mines still record the country’s highest poverty rates.

## Who gets heard

A second theme was political voice. Indigenous and rural communities, speakers argued, are rarely consulted before decisions that reshape their land and water, and this exclusion feeds both inequality and social conflict.

## What could change it

- Tax and royalty regimes that keep more of the value of extraction in the regions that bear its costs.
- Public services — health, education, water — planned for the places that have waited longest for them.
- Meaningful prior consultation, as the new law promises, applied in practice and not only on paper.
`,
  },
  {
    slug: 'editorial-all-that-glitters',
    title: 'Editorial: All that Glitters...',
    kind: 'editorial',
    publishedAt: '2012-09-30T09:00:00.000Z',
    summary:
      'The ministry charged with attracting mining and oil investment has also been the one approving its environmental impact assessments. That conflict of interest has to end.',
    body: `
Who should approve the Environmental Impact Assessments (EIAs) that every large mining or hydrocarbons project in Peru needs? Until now the answer has been the Ministry of Energy and Mines — the same ministry whose main purpose is to bring foreign investment into those industries.

A regulator whose success is measured in investment won is poorly placed to say no to an investor. Communities near proposed projects have said so for years, and the conflicts of the past decade show what happens when they are not listened to.

Moving EIA approval to an independent body attached to the environment ministry would not end disputes over extraction. It would give people a reason to believe that an assessment means what it says.
`,
  },
  {
    slug: 'minewatch-launch',
    title: 'MineWatch Launch',
    kind: 'news',
    publishedAt: '2012-09-21T09:00:00.000Z',
    summary:
      'A new monthly service tracks social conflicts involving extractive companies listed in, or part-owned from, the United Kingdom with projects in Peru.',
    body: `
Today we launch MineWatch, a database of UK-listed and UK-part-owned extractive companies with projects in Peru, and of the disputes between those projects and neighbouring communities.

MineWatch will be updated every month, cross-referenced with the social-conflict reports of Peru’s Ombudsman, so that shareholders, journalists and campaigners can see at a glance where British capital meets local opposition.
`,
  },
  {
    slug: 'support-the-psg-festival-volunteering',
    title: 'Support the PSG and Get Free Entry to Music Festivals this Summer!',
    kind: 'campaign',
    publishedAt: '2012-08-07T09:00:00.000Z',
    summary:
      'Volunteer behind the bar with the Workers’ Beer Company at Reading, Leeds or Proms in the Park: you get in free, and your shifts raise money for our work.',
    body: `
Once again we are teaming up with the Workers’ Beer Company to send volunteers to the Reading and Leeds Festivals and to Proms in the Park.

Volunteers work bar shifts and get free entry to the festival in return; the Workers’ Beer Company pays the PSG for every shift worked. Places go quickly, so register your interest as soon as you can.
`,
  },
  {
    slug: 'humala-a-political-prisoner-of-the-right',
    title: 'Humala: A Political Prisoner of the Right?',
    kind: 'analysis',
    publishedAt: '2012-07-31T09:00:00.000Z',
    summary:
      'Replacing Óscar Valdés with Juan Jiménez as prime minister nudges the government back towards the centre — but a long way from the programme Ollanta Humala was elected on.',
    body: `
When President Ollanta Humala replaced Óscar Valdés with Juan Jiménez as prime minister, many read it as a correction after months in which the government had leaned to the right, above all in its handling of protests against mining projects.

The change is real but modest. Jiménez is a conciliator by temperament, yet the cabinet he leads is still far from the reforming agenda on which Humala campaigned in 2011: a fairer share of mining revenue, respect for the rights of communities, and a state that listens before it acts.
`,
  },
]
