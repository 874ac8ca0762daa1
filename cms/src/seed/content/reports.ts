/**
 * Demo reports, after the Peru Support Group's home feed: the annual report for 2011/12,
 * the research report on artisanal gold mining and the multi-organisation report on the
 * criminalisation of human rights defenders. Summaries, bodies and PDF text written afresh.
 */
import type { DemoReport } from './types'

export const demoReports: DemoReport[] = [
  {
    slug: 'psg-annual-report-2011-2012',
    title: 'PSG Annual Report 2011/2012',
    kind: 'annual',
    publishedAt: '2012-10-05T09:00:00.000Z',
    reportNumber: 'AR 2011/12',
    language: 'en',
    topics: ['politics-and-governance', 'indigenous-rights-and-consultation', 'solidarity-and-campaigns'],
    regions: ['national'],
    summary:
      'A year shaped by Peru’s general election. The close of Alan García’s presidency opened the way for long-stalled reforms such as the prior consultation law, while the arrival of an untested president with a fragile majority in Congress made the new government’s direction hard to read.',
    cover: {
      key: 'report-annual-2011-2012-cover',
      alt: 'Cover of the PSG Annual Report 2011/2012',
      colour: '#6a5d4d',
      label: 'Annual Report 2011/2012',
    },
    body: `
## An election year

The financial year 2011/12 was dominated by Peru’s presidential and congressional elections. For an organisation such as the PSG, a change of government brings both openings and uncertainty, and this year brought plenty of each.

The final period of Alan García’s second presidency had been marked by a hardening attitude towards protest and by the stalling of several reforms that civil society had long pressed for. Chief among them was a law to give effect to the right of indigenous peoples to be consulted on measures affecting them. Congress had approved a version in 2010, but the outgoing government returned it with objections and it went no further. With García’s term ending, the way was open for a fresh attempt — and in the early months of the new administration the law was finally passed.

## A new and untested government

Ollanta Humala won the presidency at the second round, having moderated his programme during the campaign. He had never held public office, and his Gana Perú alliance lacked a majority of its own in Congress. For much of the year it was genuinely difficult to tell which of the government’s several currents would prevail: the reformers who had shaped the original programme, or those who favoured continuity with the economic model of previous governments. The resignation of the first cabinet in December 2011, amid the conflict over the Conga project, suggested that the balance was shifting. Our later analysis, [Humala: A Political Prisoner of the Right?](/articles/humala-a-political-prisoner-of-the-right), follows the story into 2012.

## What we did

Throughout the year the PSG:

- published its bimonthly bulletin, with news and analysis from Peru for members and subscribers;
- briefed parliamentarians and officials in the UK before and after the elections, with a focus on consultation, social conflict and the role of UK-listed companies;
- worked with European partners to support Peruvian organisations campaigning for the prior consultation law;
- prepared the research that led to our report on [artisanal gold mining](/reports/artisanal-gold-mining-in-peru) and began work on what became the [MineWatch](/articles/minewatch-launch) service;
- held our annual conference and a series of evening talks in London.

## Looking ahead

We enter the new year with a clearer sense of the government’s priorities and of the challenges they pose. Our focus will remain on the rights of communities affected by extractive industries, on the protection of those who defend them, and on the responsibilities of UK companies and investors. None of this would be possible without the support of our members and volunteers, to whom we are very grateful.
`,
    pdf: {
      key: 'report-annual-2011-2012',
      title: 'Peru Support Group — Annual Report 2011/2012',
      language: 'en',
      description: 'The trustees’ review of the PSG’s work and of developments in Peru during the financial year 2011/12.',
      pages: [
        {
          heading: 'Trustees’ introduction',
          paragraphs: [
            'This report covers a year of political change in Peru. The end of Alan García’s government and the election of Ollanta Humala created new opportunities for the causes the PSG supports, but also a period of uncertainty about the direction of policy.',
            'The passage of the prior consultation law was the most significant development for the communities we work with. It was the result of many years of campaigning by indigenous organisations, and we were glad to have played a small supporting role from the UK.',
            'At the same time, the year showed how quickly hopes of a new relationship between the state and rural communities could be tested, as the dispute over the Conga project escalated at the end of 2011.',
          ],
        },
        {
          heading: 'Our work in 2011/12',
          paragraphs: [
            'Our bulletin continued to provide members with regular, independent reporting and analysis from Peru. We also expanded our briefing work with parliamentarians and officials, particularly around the elections and the first months of the new government.',
            'Research undertaken during the year laid the foundations for our report on artisanal and small-scale gold mining and for the MineWatch database of UK-linked extractive projects, both launched in 2012.',
            'Our annual conference and public meetings in London attracted a wide audience of students, researchers, campaigners and members of the Peruvian community in the UK.',
          ],
        },
        {
          heading: 'Looking forward',
          paragraphs: [
            'In the coming year we will concentrate on three areas: the accountability of UK companies operating in Peru, the protection of human rights defenders, and the implementation of the prior consultation law.',
            'We remain a small organisation that depends above all on its members. We thank everyone who has renewed their membership, volunteered their time or supported our events during the year.',
          ],
        },
      ],
    },
  },
  {
    slug: 'artisanal-gold-mining-in-peru',
    title: 'Artisanal Gold Mining in Peru: Blessing or Curse?',
    kind: 'research',
    publishedAt: '2012-09-26T09:00:00.000Z',
    reportNumber: 'PSG Research Report 2012/1',
    language: 'en',
    topics: ['mining-and-extractives', 'environment-and-climate', 'inequality-and-development'],
    regions: ['madre_de_dios', 'puno', 'arequipa', 'ayacucho', 'la_libertad', 'national'],
    summary:
      'Artisanal and small-scale mining (ASM) takes much of the blame for deforestation, mercury pollution and crime. This PSG report, published in English and Spanish, asks how far that blame is deserved, and argues that the debate has been distorted by a failure to separate the size of mining operations from their legal status.',
    cover: {
      key: 'report-artisanal-gold-mining-cover',
      alt: 'Cover of the PSG report Artisanal Gold Mining in Peru: Blessing or Curse?',
      caption: 'Published in English and Spanish, September 2012.',
      colour: '#8a7346',
      label: 'Artisanal Gold Mining in Peru',
    },
    body: `
## Why this report

Gold mining by individuals, families and small enterprises has grown dramatically in Peru over the past decade, driven above all by the rising international price of gold. It now provides a livelihood for a large number of people, many of them migrants from the poorest parts of the highlands. It is also associated with serious harm: the clearance of rainforest in Madre de Dios, the use and release of mercury, dangerous working conditions, child labour and, in some areas, the presence of organised crime.

Public debate tends to treat all of this as a single phenomenon. This report asks a more careful question: which of these problems can fairly be attributed to artisanal and small-scale mining (ASM), and which belong to particular ways of carrying it out?

## Two different questions: scale and mode

The report’s central argument is that two distinctions are routinely confused.

- **Scale** describes how big an operation is. Peruvian law distinguishes artisanal, small-scale, medium-scale and large-scale mining, broadly according to the area worked and the volume of material processed each day.
- **Mode** describes the operation’s relationship with the law. A *formal* operation holds the permits it needs. An *informal* one works without some or all of them, in areas where mining is not prohibited, and may be in the process of regularising. An *illegal* operation works where mining is forbidden — in protected areas or riverbeds, for example — or uses prohibited equipment.

The two do not map neatly onto each other, as the table below illustrates.

| Scale | Formal | Informal | Illegal |
|---|---|---|---|
| Artisanal | Rare; permits are costly relative to income | Very common; families working without full paperwork | Panning or dredging in protected areas |
| Small-scale | Exists, often after years of effort | Common; may be in a formalisation process | Machinery-intensive dredging in rivers and forest reserves |
| Medium-scale | The norm | Uncommon | Occasional, often linked to wider criminal networks |
| Large-scale | The norm | Very rare | Very rare |

Much of the worst damage is caused not by the smallest operators, but by well-capitalised operations using heavy machinery in prohibited areas — which are neither artisanal nor, in any meaningful sense, small.

## Main findings

- Lumping all small mining together leads to policies that criminalise the poorest producers while failing to reach the financiers and traders who profit most.
- Formalisation has stalled because the process is expensive, slow and complicated, and because many miners work on land where someone else holds the mining concession.
- Mercury pollution is a real and serious problem, but it can be substantially reduced with proven, affordable techniques if miners have the security and support to adopt them.
- The government decrees of 2012 were a necessary response to a crisis, but their effect will depend on whether enforcement is targeted and whether a realistic route to legality is offered. See our news report from [Madre de Dios](/articles/madre-de-dios-strike-over-mining-decrees).

## Recommendations

We call for a simpler and cheaper formalisation process; firm action against illegal operations and the networks behind them; technical support to reduce mercury use; and the involvement of affected indigenous communities in decisions about mining on their territories. The full report is available as a PDF from this page; a Spanish edition, *Minería aurífera artesanal y en pequeña escala en Perú*, is also available.
`,
    pdf: {
      key: 'report-artisanal-gold-mining-en',
      title: 'Artisanal Gold Mining in Peru: Blessing or Curse?',
      language: 'en',
      description: 'PSG research report on artisanal and small-scale gold mining in Peru (English edition).',
      pages: [
        {
          heading: 'Introduction',
          paragraphs: [
            'Artisanal and small-scale gold mining has expanded rapidly in Peru as the world price of gold has risen. It supports a large population of miners and their families, many of whom have moved from the highlands to mining areas in search of work.',
            'The sector is also blamed for a long list of problems, from mercury contamination and deforestation to unsafe working conditions and links with organised crime. This report examines how far that reputation is justified.',
            'We draw on published studies, official data, interviews with miners’ associations and civil society organisations, and visits to mining areas in the south of the country.',
          ],
        },
        {
          heading: 'Scale and mode: a necessary distinction',
          paragraphs: [
            'Discussion of small-scale mining often fails to separate two questions: how large an operation is, and whether it complies with the law. Artisanal, small, medium and large-scale mining differ in the area worked and the volume processed; formal, informal and illegal mining differ in their legal status.',
            'An artisanal miner without full permits working in an area where mining is allowed is in a very different position from a well-financed operation dredging a river inside a protected area. Treating them alike produces policies that are both unjust and ineffective.',
            'Much of the environmental damage attributed to artisanal mining is in fact caused by larger, mechanised operations working illegally.',
          ],
        },
        {
          heading: 'Conclusions and recommendations',
          paragraphs: [
            'Formalisation should be made simpler, cheaper and faster, with particular attention to the problem of miners working on land covered by concessions held by others.',
            'Enforcement should concentrate on illegal operations in prohibited areas and on the financiers, suppliers and buyers who sustain them, rather than on the poorest producers.',
            'Miners should be supported to adopt cleaner techniques, and affected indigenous communities must be consulted on decisions about mining in their territories.',
          ],
        },
      ],
    },
  },
  {
    slug: 'criminalisation-of-human-rights-defenders',
    title: 'Criminalisation of Human Rights Defenders',
    kind: 'research',
    publishedAt: '2012-07-09T09:00:00.000Z',
    language: 'en',
    topics: ['human-rights', 'justice-and-impunity', 'mining-and-extractives'],
    regions: ['national', 'cajamarca', 'piura'],
    partners: [
      { name: 'A coalition of international human rights networks', url: 'https://example.org/partners/human-rights-coalition' },
      { name: 'A European network of Latin America solidarity groups', url: 'https://example.org/partners/solidarity-network' },
      { name: 'An international development and environmental justice organisation' },
      { name: 'A network of church-based development agencies' },
    ],
    summary:
      'Across Latin America, people who defend land, water and the rights of their communities are increasingly being taken to court on unfounded charges. Drawing on cases from Peru, Colombia, Ecuador, Guatemala and Honduras, this joint report by several international NGOs and networks examines how the pattern works and what can be done to stop it.',
    cover: {
      key: 'report-criminalisation-cover',
      alt: 'Cover of the joint report Criminalisation of Human Rights Defenders',
      colour: '#6e4f52',
      label: 'Criminalisation of Defenders',
    },
    body: `
## A growing concern

Inter-American human rights bodies have drawn attention to a troubling trend. The Inter-American Court of Human Rights has warned that unfounded criminal proceedings against human rights defenders are now being brought so often, and so consistently, that they have become a recognisable regional pattern — one that calls for urgent action. This report, prepared jointly by a group of international NGOs and networks including the PSG, sets out to explain how that pattern operates and whom it affects.

## Who is being targeted

The defenders most exposed are not usually prominent national figures. They are community leaders, members of peasant and indigenous organisations, environmental campaigners, local journalists and the lawyers who represent them. Many are involved in disputes over large mining, hydroelectric or agribusiness projects on land their communities depend on.

## How criminalisation works

The report identifies a number of recurring mechanisms:

- **Broad or vague offences.** Charges such as obstructing public roads, disturbing public order, kidnapping, sedition or even terrorism are brought in response to protests.
- **States of emergency.** Suspending constitutional guarantees makes it easier to detain people and harder to challenge detentions.
- **Stigmatisation.** Officials and sections of the media describe defenders as enemies of development or as agitators, preparing the ground for prosecution.
- **Long and costly proceedings.** Even when cases end in acquittal, years of hearings, travel restrictions and legal costs exhaust individuals and the organisations behind them.
- **Private actors.** In several cases, complaints were initiated or supported by companies or their security contractors.

## Five countries

The report draws on examples from **Peru**, where dozens of community leaders involved in protests against mining projects have faced criminal charges; **Guatemala**, where opponents of mines and dams in indigenous areas have been prosecuted; **Honduras**, where land conflicts have seen campesino leaders taken to court; **Ecuador**, where indigenous leaders protesting against mining and water policy have faced charges of sabotage and terrorism; and **Colombia**, where defenders have been the subject of prosecutions based on questionable evidence. In Peru, the events at the [Río Blanco mine](/case-studies/torture-at-the-rio-blanco-mine) and the [Conga protests](/articles/conga-protests-and-the-state-of-emergency) are discussed in detail.

## Recommendations

The authors call on governments to review legislation that allows protest to be treated as a serious crime, to limit the use of states of emergency, and to ensure prosecutors act independently. They urge companies to refrain from pursuing criminal complaints against peaceful opponents, and ask the UK and other European governments to apply their own guidelines on protecting defenders — including by observing trials and meeting defenders at risk.
`,
    pdf: {
      key: 'report-criminalisation-of-defenders',
      title: 'Criminalisation of Human Rights Defenders (joint report)',
      language: 'en',
      description: 'Joint report by several international NGOs and networks, with case examples from five Latin American countries.',
      pages: [
        {
          heading: 'Introduction',
          paragraphs: [
            'This report examines the use of criminal law against people who defend human rights in Latin America, with a particular focus on those involved in disputes over land, water and natural resources.',
            'It has been prepared by a group of international NGOs and networks that work with defenders across the region, drawing on their partners’ experience and on published material from national and Inter-American human rights bodies.',
          ],
        },
        {
          heading: 'Patterns of criminalisation',
          paragraphs: [
            'Across the five countries studied, the same mechanisms recur: the use of vague or disproportionate charges, the declaration of states of emergency, public stigmatisation of defenders, and legal proceedings that drag on for years.',
            'The effect is not only on the individuals charged. Criminalisation drains the resources of community organisations, discourages others from speaking out, and shifts public attention from the substance of a dispute to the conduct of those protesting.',
            'In several of the cases reviewed, the complaints that led to prosecution were brought or encouraged by private companies with an interest in the projects concerned.',
          ],
        },
        {
          heading: 'Recommendations',
          paragraphs: [
            'States should review criminal provisions that allow peaceful protest to be treated as a serious offence, restrict the use of emergency powers, and guarantee the independence of prosecutors and judges.',
            'Companies should commit not to initiate or support criminal complaints against peaceful opponents of their projects.',
            'European governments, including the UK, should put their guidelines on human rights defenders into practice through trial observation, public statements and direct contact with defenders at risk.',
          ],
        },
      ],
    },
  },
]
