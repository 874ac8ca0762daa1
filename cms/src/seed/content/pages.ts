/**
 * Demo pages: the background pages and the membership page, after the PSG site
 * (subjects from its home feed; all text written afresh).
 */
import type { DemoPage } from './types'

export const demoPages: DemoPage[] = [
  {
    slug: 'historical-overview',
    title: 'Historical Overview',
    summary:
      'Peru’s twentieth century was marked by long spells of authoritarian rule and by an internal armed conflict that cost close to 70,000 lives. Many of today’s political and social tensions have their roots in that history.',
    publishedAt: '2012-03-01T09:00:00.000Z',
    topics: ['politics-and-governance', 'human-rights', 'justice-and-impunity'],
    blocks: [
      {
        type: 'text',
        markdown: `
## A century of strong men

For much of the twentieth century, Peru was governed by presidents who came to power, or held on to it, by other than democratic means. Civilian governments alternated with military ones, and even elected leaders frequently ruled with little regard for Congress or the courts. Power was concentrated in Lima and in the hands of a small elite, while the indigenous majority of the highlands and the Amazon had little say in national life.

The military government that took power in 1968 broke with that pattern in one respect: it carried out a sweeping agrarian reform, breaking up the great estates and transferring land to cooperatives and peasant communities. The reform changed the countryside profoundly, but its results were mixed, and democracy was not restored until 1980.

## The internal armed conflict

That same year, the Shining Path (Sendero Luminoso) launched an armed insurgency in the department of Ayacucho. Over the following two decades the violence spread across much of the country. The insurgents committed massacres and assassinations; the armed forces and police responded with a counter-insurgency campaign in which disappearances, torture and extrajudicial killings were widespread.

The Truth and Reconciliation Commission, which reported in 2003, estimated that nearly 70,000 people died or disappeared. Its most striking finding was about who they were: the great majority were poor, rural and Quechua-speaking — people whose deaths, the Commission observed, went largely unnoticed in the rest of the country for years.

## The Fujimori years

Alberto Fujimori, elected in 1990, presided over the defeat of the Shining Path and the stabilisation of an economy wrecked by hyperinflation. But in 1992 he shut down Congress and suspended the constitution with the support of the armed forces, and his government became synonymous with corruption and abuse. He left office in 2000 amid scandal and was later tried and convicted in Peru for human rights violations.

## A difficult legacy

Democracy has now lasted without interruption for more than a decade, but the legacy of the past weighs heavily:

- Many victims of the armed conflict are still waiting for reparations, and thousands of the disappeared have never been found.
- Trust in political parties and state institutions remains low, and the state is absent or weak in much of rural Peru.
- The communities that suffered most during the conflict are often the same ones now facing the pressures of large-scale mining.
`,
      },
      {
        type: 'callout',
        heading: 'Conflict today',
        text: 'Exclusion and the lack of consultation continue to drive social conflict in Peru. Our page on society and conflict, listed below, explains how.',
      },
      {
        type: 'links',
        heading: 'Further reading',
        links: [
          { label: 'Society and Conflict', url: '/society-and-conflict' },
          { label: 'Climate Change', url: '/climate-change' },
          { label: 'Case study: Torture at the Río Blanco Mine', url: '/case-studies/torture-at-the-rio-blanco-mine' },
        ],
      },
    ],
  },
  {
    slug: 'society-and-conflict',
    title: 'Society and Conflict',
    summary:
      'Indigenous and peasant communities in Peru still face discrimination and exclusion from political life. Decisions about their land are too often taken without them, and the result is frequent and sometimes violent social conflict.',
    publishedAt: '2012-03-01T09:00:00.000Z',
    topics: ['indigenous-rights-and-consultation', 'inequality-and-development', 'human-rights'],
    blocks: [
      {
        type: 'text',
        markdown: `
## A divided society

Peru is a country of great cultural diversity: millions of people speak Quechua, Aymara or one of the many languages of the Amazon, and most of the rural population belongs to peasant or native communities that hold their land collectively. Yet that diversity has rarely been reflected in how the country is governed. Indigenous and rural Peruvians remain under-represented in Congress and in the public administration, and many still report being treated as second-class citizens in schools, hospitals and government offices.

## Decisions taken elsewhere

Over the past two decades, much of the land held by these communities has been granted as concessions for mining, oil and gas, or logging. The communities concerned have frequently learned about these decisions only when the companies arrived. Peru ratified the International Labour Organization’s Convention 169, which requires governments to consult indigenous peoples on measures that affect them, but for many years there was no domestic law setting out how consultation should happen. A law was finally passed in 2011; whether it will change practice remains to be seen.

## Social conflict

The absence of meaningful participation has left many communities feeling that protest is the only way to be heard. Peru’s Ombudsman’s Office, which publishes a monthly register of social conflicts, has recorded a persistently high number of active disputes in recent years, a large share of them related to natural resources — above all, mining and water.

Most of these conflicts are resolved or subside without violence. But some escalate, with tragic consequences. In 2009 more than thirty people, both police officers and civilians, were killed near the Amazonian town of Bagua during a protest against decrees affecting indigenous land. In 2012, deaths during protests against the Conga mining project in Cajamarca led to a state of emergency and a change of prime minister.

## Breaking the cycle

The PSG believes that conflict will only diminish if communities are given a genuine voice in decisions about their land and resources, if the state is present in rural areas as a provider of services rather than only as a guarantor of investment, and if abuses committed during protests are investigated and punished.
`,
      },
      {
        type: 'callout',
        heading: 'Roots in the past',
        text: 'Many of the tensions behind today’s conflicts go back decades, to authoritarian rule and the internal armed conflict of the 1980s and 1990s.',
        linkLabel: 'Historical Overview',
        linkPage: 'historical-overview',
      },
      {
        type: 'links',
        heading: 'Related',
        links: [
          { label: 'Conga: Deaths in Cajamarca and a State of Emergency', url: '/articles/conga-protests-and-the-state-of-emergency' },
          { label: 'Criminalisation of Human Rights Defenders', url: '/reports/criminalisation-of-human-rights-defenders' },
          { label: 'Torture at the Río Blanco Mine', url: '/case-studies/torture-at-the-rio-blanco-mine' },
          { label: 'Climate Change', url: '/climate-change' },
        ],
      },
    ],
  },
  {
    slug: 'climate-change',
    title: 'Climate Change',
    summary:
      'Major international assessments, including the IPCC’s Special Report on Emissions Scenarios and the Stern Review, single Peru out among the countries most exposed to the effects of climate change — above all through the loss of its tropical glaciers and the threat to water supplies.',
    publishedAt: '2012-04-16T09:00:00.000Z',
    topics: ['environment-and-climate', 'inequality-and-development'],
    blocks: [
      {
        type: 'text',
        markdown: `
## Among the most exposed

Peru contributes only a very small share of global greenhouse gas emissions, yet it is expected to be among the countries hardest hit by their consequences. Two influential assessments — the Intergovernmental Panel on Climate Change’s Special Report on Emissions Scenarios and the UK government’s Stern Review on the economics of climate change — both point to Peru as particularly vulnerable. The reasons lie in its geography: a dry coastal strip where most people live, the high Andes, and a large share of the Amazon rainforest.

## Vanishing glaciers

Peru is home to most of the world’s tropical glaciers. These glaciers act as natural reservoirs, storing water in the wet season and releasing it during the dry months. Scientific and official studies report that they have lost a substantial part of their surface area since the 1970s, and that the retreat is accelerating. In the short term, melting can increase the flow of some rivers; in the longer term, as the ice disappears, dry-season flows are expected to fall.

## Water for whom?

The consequences reach far beyond the mountains. Lima, one of the largest cities in the world built in a desert, depends on rivers that descend from the Andes. So do the irrigated farms of the coast, hydroelectric plants and mines. As supplies become less reliable, competition for water is likely to intensify — and it is the poorest, particularly highland farmers who rely on rainfall and small springs, who have least capacity to adapt.

## Other risks

- Changes in rainfall patterns and more intense El Niño events could bring both floods and droughts.
- Glacial lakes swelled by meltwater pose a risk of sudden outburst floods to communities in the valleys below.
- Deforestation in the Amazon, driven in part by illegal gold mining, both adds to emissions and reduces the forest’s resilience.

The PSG believes that climate policy in Peru must put the rights and needs of the most vulnerable communities first, and that decisions about water-intensive industries such as mining must take full account of a future in which water is scarcer.
`,
      },
      {
        type: 'callout',
        heading: 'Mining and water',
        text: 'Many of Peru’s mining conflicts are, at heart, disputes over water. Read more about how communities are affected.',
        linkLabel: 'Society and Conflict',
        linkPage: 'society-and-conflict',
      },
      {
        type: 'links',
        heading: 'Related',
        links: [
          { label: 'Artisanal Gold Mining in Peru: Blessing or Curse?', url: '/reports/artisanal-gold-mining-in-peru' },
          { label: 'Editorial: All that Glitters...', url: '/articles/editorial-all-that-glitters' },
          { label: 'Historical Overview', page: 'historical-overview' },
        ],
      },
    ],
  },
  {
    slug: 'join',
    title: 'Join the PSG',
    summary:
      'Become a member of the Peru Support Group: stay informed about Peru, deepen your understanding of poverty, development and human rights, and help sustain our work.',
    publishedAt: '2012-01-10T09:00:00.000Z',
    topics: ['solidarity-and-campaigns'],
    blocks: [
      {
        type: 'text',
        markdown: `
## Why become a member?

The Peru Support Group is a membership organisation. Our members are the foundation of everything we do — they fund our work, keep us independent and give weight to our voice when we speak to government, companies and the media in the UK. By joining you will:

- **Stay informed.** Receive our bulletin, with news and analysis of developments in Peru that rarely reach the British press.
- **Understand the issues.** Deepen your understanding of how poverty, development and human rights intersect in Peru, through our reports, briefings, conference and events.
- **Make a difference.** Support our advocacy and research on behalf of communities in Peru, and help us respond when rights are under threat.

## Types of membership

We offer several kinds of membership so that anyone who shares our concerns can take part.

**Individual membership** is for anyone living in the UK who wants to support our work and receive our publications. **Concessionary membership**, at a reduced rate, is available to students, pensioners and people who are unwaged or on a low income; we ask no questions and trust members to choose the rate that is right for them. **Organisational membership** is for charities, trade unions, faith groups, universities and other bodies, and includes additional copies of our publications and invitations to briefings. **Overseas membership** is for supporters living outside the UK, including in Peru, and covers the extra cost of sending publications abroad.

All members receive the bulletin, reduced rates for our annual conference, access to members-only briefings on this website, and the right to take part in our annual general meeting.

## Other ways to help

If you cannot join at the moment, you can still support us by volunteering, making a donation or spreading the word about our work.
`,
      },
      {
        type: 'callout',
        heading: 'How membership works',
        text: 'Membership takes a few minutes to set up and is renewed once a year. If you have any questions about which type of membership suits you, write to us at info@example.org.',
      },
      {
        type: 'links',
        heading: 'Find out more about Peru',
        links: [
          { label: 'Historical Overview', page: 'historical-overview' },
          { label: 'Society and Conflict', page: 'society-and-conflict' },
          { label: 'Climate Change', page: 'climate-change' },
          { label: 'Latest bulletin: Update 154', url: '/bulletins/154' },
        ],
      },
    ],
  },
]
