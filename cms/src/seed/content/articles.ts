/**
 * Demo articles, after the Peru Support Group's home feed (titles, dates and facts from
 * it; every summary and body written afresh for Chasqui). Also includes the items the
 * access rules need: a draft, a scheduled article and a members-only briefing.
 */
import type { DemoArticle } from './types'

export const demoArticles: DemoArticle[] = [
  {
    slug: 'peru-and-the-persistence-of-inequality',
    title: 'Peru and the Persistence of Inequality',
    kind: 'event_report',
    publishedAt: '2012-12-19T09:00:00.000Z',
    bulletin: 154,
    authors: ['PSG Secretariat'],
    topics: ['inequality-and-development', 'mining-and-extractives', 'indigenous-rights-and-consultation'],
    regions: ['national'],
    summary:
      'Our annual conference brought researchers and development practitioners from Latin America and Europe together to ask why a decade of rapid growth has done so little to close Peru’s deep divides. This report draws the threads of the day together.',
    heroImage: {
      key: 'article-inequality-conference',
      alt: 'Title card for the PSG annual conference 2012 on inequality in Peru',
      caption: 'PSG annual conference 2012: “Peru and the Persistence of Inequality”.',
      credit: 'Peru Support Group (demo image)',
      colour: '#6b5a4a',
      label: 'Conference 2012 · Inequality',
    },
    body: `
For most of the last decade Peru has been held up as one of Latin America’s economic success stories. Output has grown year after year, the official poverty rate has fallen markedly, and Lima’s skyline has filled with cranes. Yet the speakers at this year’s PSG annual conference — academics and development professionals from both sides of the Atlantic — kept returning to a less comfortable question: why has so much growth changed so little about who holds wealth, power and opportunity?

## Growth without convergence

The first panel looked at the geography of the boom. Much of the new wealth has come from mining and hydrocarbons, yet the highland and Amazonian departments where those resources lie continue to report the highest levels of poverty, the weakest public services and the lowest life expectancy. Several contributors argued that the extractive model tends to reinforce existing divides: the profits flow to the capital and abroad, while the costs — to water, land and health — stay local.

## Inequality is not only about income

A recurring point was that income statistics capture only part of the picture. Speakers drew attention to three further dimensions:

| Dimension | What speakers highlighted | Responses discussed |
|---|---|---|
| Territorial | Rural and Amazonian regions trail far behind the coast | Regional investment tied to local needs, not only to royalties |
| Ethnic and cultural | Quechua, Aymara and Amazonian peoples face persistent discrimination | Bilingual education and health services; recognition of collective rights |
| Political | Communities are rarely heard before decisions about their land | Prior consultation applied in good faith, not as a formality |

## Voice, conflict and the state

The afternoon sessions turned to politics. Social conflict, one speaker suggested, is often the only channel open to people whom the state otherwise ignores. When a community learns of a mining concession on its land from a surveyor rather than a public official, protest becomes the first form of participation rather than the last. Our [analysis of the Humala government’s first year](/articles/humala-a-political-prisoner-of-the-right) examines how Lima has responded.

Other contributors warned against romanticising conflict. Small-scale and informal economies, they noted, can also be sites of exploitation — a theme explored in our report [Artisanal Gold Mining in Peru: Blessing or Curse?](/reports/artisanal-gold-mining-in-peru).

## What might shift the pattern

There was no single prescription, but a broad consensus emerged around a few priorities:

- A fiscal regime that retains more of the value of extraction and spends it where the costs are borne.
- Public services planned around the communities that have waited longest for them.
- Institutions — from environmental regulators to the courts — that are seen to act independently.

> If growth is the measure of success, Peru has done well; if dignity is the measure, the work has barely begun.

That remark, from the closing discussion, summed up the mood of the day. A fuller account of the conference appears in [Update 154](/bulletins/154).
`,
  },
  {
    slug: 'editorial-all-that-glitters',
    title: 'Editorial: All that Glitters...',
    kind: 'editorial',
    publishedAt: '2012-09-30T09:00:00.000Z',
    bulletin: 153,
    authors: ['PSG Editorial Board'],
    topics: ['mining-and-extractives', 'environment-and-climate', 'politics-and-governance'],
    regions: ['national', 'cajamarca'],
    summary:
      'For years the ministry whose job is to win mining and oil investment has also been the one signing off the environmental studies those investments require. That arrangement is indefensible, and reform is overdue.',
    body: `
Every large mining or hydrocarbons project in Peru needs an approved Environmental Impact Assessment (EIA) before it can proceed. The question of which body should judge those assessments has been argued over for years, and it matters more than its technical appearance suggests.

## A regulator with the wrong incentives

Until now, approval has rested with the Ministry of Energy and Mines (MEM). Yet the ministry’s central mission has been to promote investment in mining, oil and gas, above all from overseas. Its officials are judged on the projects they bring in. Asking the same institution to decide whether those projects are environmentally acceptable places it in a plain conflict of interest. It is rather like asking a sales department to audit its own figures.

The consequences are familiar. Communities living near proposed mines have repeatedly complained that EIAs are approved with little scrutiny, that the documents are long, technical and rarely available in Quechua, and that public hearings are held after the key decisions have already been taken. When an assessment is distrusted from the start, opposition moves from the hearing room to the road block.

## The Conga lesson

The dispute over the Conga project in Cajamarca illustrates the point. The project’s EIA had been approved by the MEM, yet the objections of local people were so strong that in 2012 the government commissioned a review by international experts, who reportedly recommended significant changes to the plans for the lakes at the heart of the controversy. If an approved assessment has to be reopened under pressure of mass protest, the approval process has clearly failed everyone — including the investor. Our [report on the Conga protests](/articles/conga-protests-and-the-state-of-emergency) sets out what happened.

## What reform should look like

Proposals are now circulating in Lima to transfer responsibility for major EIAs to a body attached to the Ministry of the Environment, which was created in 2008 and already oversees environmental monitoring and enforcement. We support that direction, but a change of address is not enough. Any new authority must have:

- genuine independence from the ministries responsible for promoting investment;
- enough technical staff and budget to review complex studies properly;
- a duty to publish assessments in full, in accessible form and in the languages of affected communities;
- a clear link to the prior consultation process, so that communities are heard before approval rather than after.

Peru’s mineral wealth can glitter for the country as a whole, but only if people trust the institutions that decide where, and on what terms, it is dug out of the ground.
`,
  },
  {
    slug: 'minewatch-launch',
    title: 'MineWatch Launch',
    kind: 'news',
    publishedAt: '2012-09-21T09:00:00.000Z',
    authors: ['PSG Secretariat'],
    topics: ['mining-and-extractives', 'human-rights', 'solidarity-and-campaigns'],
    regions: ['national'],
    summary:
      'A new monthly service from the PSG follows the social conflicts surrounding extractive companies that are listed in, or partly owned from, the United Kingdom and operate in Peru.',
    heroImage: {
      key: 'article-minewatch-launch',
      alt: 'Title card announcing the launch of the MineWatch database',
      caption: 'MineWatch: tracking UK extractive companies in Peru.',
      credit: 'Peru Support Group (demo image)',
      colour: '#4f6357',
      label: 'MineWatch · September 2012',
    },
    body: `
British capital plays a larger part in Peru’s extractive industries than many people in the UK realise. A significant number of the companies exploring for or producing minerals, oil and gas in Peru are listed on the London Stock Exchange or its Alternative Investment Market, or are partly owned by UK-based investors. Until now there has been no single place to see where those companies operate and what relations they have with the communities around them.

## What MineWatch does

From today, the PSG’s new MineWatch service fills that gap. It is a database, refreshed every month, that lists each UK-listed or part-owned extractive firm with a project in Peru and records any conflict involving nearby communities. For every project it sets out:

- the company, its listing and any significant UK shareholders;
- the location of the project, by region and province;
- the stage of the project, from exploration to production;
- a short, sourced account of any dispute, with links to public documents;
- how the situation has changed since the previous month.

Our main sources are the monthly social conflict reports published by Peru’s Ombudsman’s Office, company filings and announcements, reporting in the Peruvian regional press, and information shared by partner organisations working with affected communities.

## Why it matters

Disputes over mining rarely begin with violence. They begin with unanswered questions about water, land and consultation. By tracking conflicts early and consistently, we hope MineWatch will help shareholders, journalists, parliamentarians and campaigners in the UK raise concerns while there is still time to resolve them by dialogue. Experience shows how costly the alternative can be: our case study [Torture at the Río Blanco Mine](/case-studies/torture-at-the-rio-blanco-mine) documents what happened when a dispute involving a company then listed in London escalated.

MineWatch also complements our advocacy on how mining projects are approved in Peru — see our editorial [All that Glitters...](/articles/editorial-all-that-glitters).

## Help us keep it accurate

We take care to describe disputes fairly and to reflect companies’ published positions. If you have corrections or new information, please write to us. Members receive a short digest of each monthly update.
`,
  },
  {
    slug: 'support-the-psg-festival-volunteering',
    title: 'Support the PSG and Get Free Entry to Music Festivals this Summer!',
    kind: 'campaign',
    publishedAt: '2012-08-07T09:00:00.000Z',
    authors: ['PSG Secretariat'],
    topics: ['solidarity-and-campaigns'],
    regions: ['national'],
    summary:
      'Spend a few shifts behind the bar with the Workers’ Beer Company at Reading, Leeds or Proms in the Park: you see the festival for free, and your work raises funds for the PSG.',
    body: `
Fancy a weekend of live music that also helps human rights work in Peru? For another year the PSG is joining forces with the Workers’ Beer Company (WBC) to send teams of volunteers to the Reading and Leeds Festivals and to Proms in the Park.

## How it works

The WBC runs bars at festivals across the country and staffs them with volunteers recruited through trade unions, charities and campaign groups. Each volunteer works a set number of bar shifts over the weekend. In return you get free entry to the festival, a place to camp alongside the rest of the crew, and food and drink while you are on duty. For every shift you work, the WBC makes a payment to the PSG.

It is a simple arrangement that works well for everyone. Festival-goers get served, volunteers get to enjoy the music, and we raise money to support our research, advocacy and the publication of the bulletin — income that is particularly valuable because it is not tied to any single project.

## What you need to know

- Volunteers must be over 18 and able to work the full number of shifts allocated.
- No bar experience is needed: training and supervision are provided on site.
- Shifts can be long and busy, so a sense of humour and comfortable shoes help.
- You will be part of a PSG team, and our coordinator will be on hand throughout.

## Register quickly

Places are limited and demand is very high, particularly for Reading and Leeds, so please register your interest with us as soon as possible, telling us which event you would prefer. We will confirm places in the order that applications arrive.

If festivals are not for you, there are other ways to help. [Joining the PSG](/join) is the single most useful thing you can do: membership fees keep our work independent and bring you every issue of the bulletin, such as [Update 153](/bulletins/153).

Thank you to everyone who volunteered last summer — your shifts made a real difference.
`,
  },
  {
    slug: 'humala-a-political-prisoner-of-the-right',
    title: 'Humala: A Political Prisoner of the Right?',
    kind: 'analysis',
    publishedAt: '2012-07-31T09:00:00.000Z',
    bulletin: 152,
    authors: ['PSG Editorial Board'],
    topics: ['politics-and-governance', 'mining-and-extractives', 'human-rights'],
    regions: ['national', 'cajamarca', 'lima'],
    summary:
      'The departure of Óscar Valdés as prime minister and the appointment of Juan Jiménez edges the government a little way back from the right. It does not bring back the agenda Ollanta Humala campaigned on in 2011.',
    body: `
A year after taking office, President Ollanta Humala has reshuffled his cabinet for the second time. Óscar Valdés, the former army officer who had led the government as prime minister since December, has gone. In his place comes Juan Jiménez, until now minister of justice and a lawyer with a reputation for negotiation rather than confrontation.

## From transformation to order

Humala came to power promising significant change. His campaign spoke of a fairer distribution of the proceeds of mining, respect for the rights of indigenous and rural communities, and a state that would listen to its citizens. Even before the second round, that programme had been softened to reassure investors and centrist voters, and the Gana Perú coalition that carried him to victory was always a fragile alliance.

The first cabinet, led by Salomón Lerner, reflected that mix. Its collapse at the end of 2011, amid the conflict over the Conga mining project in Cajamarca, marked a turn. Under Valdés the government’s language shifted towards order and authority: states of emergency were declared in response to protests, and the security forces were given a prominent role in managing social conflict.

## The cost of the hard line

The results were grim. In early July, five people were reported killed in clashes between protesters and police in the Cajamarca provinces of Celendín and Hualgayoc, and a state of emergency was imposed across the area (see our [report on the Conga protests](/articles/conga-protests-and-the-state-of-emergency)). Critics argued that the government had treated a dispute over water and consultation as a problem of public order, and that this had made it worse.

The appointment of Jiménez is widely read as a recognition that this approach had failed. His early statements stress dialogue, and several of the ministers most associated with the hard line have left the cabinet.

## A modest correction

Still, the change should not be overstated. The new prime minister has shown no sign of revisiting the government’s commitment to large-scale mining as the engine of growth, nor of reopening the question of how projects are approved. Key economic posts remain in the same hands. The government appears to have moved from the right towards the centre, not back to the platform on which Humala was elected.

> The question is no longer whether Humala has abandoned his programme, but whether he ever had the political base to carry it out.

Whether the president is a prisoner of the right, or simply of the limits of his own coalition, is a question the next twelve months should help to answer. Meanwhile, the test of the new cabinet will be practical: whether the prior consultation law is applied in good faith, and whether the next protest is met with negotiators or with troops.
`,
  },
  {
    slug: 'conga-protests-and-the-state-of-emergency',
    title: 'Conga: Deaths in Cajamarca and a State of Emergency',
    kind: 'news',
    publishedAt: '2012-07-12T09:00:00.000Z',
    bulletin: 152,
    authors: ['PSG Secretariat'],
    topics: ['mining-and-extractives', 'human-rights', 'environment-and-climate'],
    regions: ['cajamarca'],
    summary:
      'Renewed protests against the Conga gold project ended in deadly clashes in early July. The government responded with a state of emergency in three provinces. We explain what lies behind the dispute.',
    heroImage: {
      key: 'article-conga-protests',
      alt: 'Title card for news on the Conga protests in Cajamarca',
      caption: 'The Conga dispute centres on high-altitude lakes that feed local water supplies.',
      credit: 'Peru Support Group (demo image)',
      colour: '#5a6b7d',
      label: 'Conga protests · Cajamarca',
    },
    body: `
The long-running dispute over the Conga gold and copper project in the northern region of Cajamarca took a tragic turn in the first week of July. According to press and official reports, five people died in clashes between protesters and the security forces in the towns of Celendín and Bambamarca, and many more were injured. The government responded by declaring a state of emergency in the provinces of Cajamarca, Celendín and Hualgayoc, suspending certain constitutional guarantees, including freedom of assembly.

## What is at stake

Conga is one of the largest mining investments ever proposed in Peru. It is being developed by the company that operates the nearby Yanacocha mine, itself jointly owned by a US mining multinational and a Peruvian partner. The project’s design involves draining several high-altitude lakes, replacing some of them with artificial reservoirs. For many people in the surrounding provinces, those lakes and the wetlands around them are the source of water for drinking, farming and livestock.

Opposition has been led by local farmers’ organisations, the rondas campesinas and the regional government, which argue that the environmental risks have been underestimated and that people were never properly consulted.

## A review, then an impasse

After a first wave of protests at the end of 2011, the government commissioned an independent review of the project’s environmental study by international experts. Their report, presented in April, reportedly found that the project could go ahead but recommended changes to how water would be managed. The government endorsed the project with additional conditions. Opponents rejected the review as too narrow, and protests resumed.

## Concerns over the use of force

Human rights organisations in Peru have raised serious concerns about the policing of the protests, including the use of live ammunition and reports of detainees being mistreated. They have also questioned the growing use of states of emergency, which in their view criminalise protest rather than addressing its causes — an issue examined in our report on the [criminalisation of human rights defenders](/reports/criminalisation-of-human-rights-defenders).

The PSG calls on the Peruvian authorities to:

- ensure a prompt, impartial investigation into every death and injury;
- guarantee the rights of detainees, including access to lawyers and medical care;
- lift the state of emergency as soon as possible and restore the right to protest peacefully;
- open genuine dialogue on the project, with water security at its centre.

The crisis has already had political consequences in Lima; see our analysis of [the July cabinet change](/articles/humala-a-political-prisoner-of-the-right).
`,
  },
  {
    slug: 'madre-de-dios-strike-over-mining-decrees',
    title: 'Madre de Dios: Strike against New Mining Decrees Turns Violent',
    kind: 'news',
    publishedAt: '2012-03-22T09:00:00.000Z',
    authors: ['PSG Secretariat'],
    topics: ['mining-and-extractives', 'environment-and-climate', 'inequality-and-development'],
    regions: ['madre_de_dios'],
    summary:
      'Miners in Madre de Dios have staged a strike against government decrees aimed at illegal gold mining, with reported deaths in Puerto Maldonado. The crisis shows why policy must distinguish between the different forms of small-scale mining.',
    body: `
The Amazonian region of Madre de Dios has been shaken by an indefinite strike called by small-scale gold miners in protest at a package of government decrees intended to curb illegal mining. In mid-March, clashes between strikers and police in the regional capital, Puerto Maldonado, reportedly left several people dead and dozens injured.

## The decrees

Under powers delegated by Congress, the government issued a series of legislative decrees earlier this year. Among other measures, they restrict the use of dredges and heavy machinery in rivers, tighten controls on the sale of fuel and mercury, and make illegal mining a criminal offence. The government argues that action is urgently needed: gold mining along the region’s rivers has cleared large areas of rainforest, polluted waterways with mercury and drawn in organised crime, including trafficking in people.

## The miners’ case

The miners’ associations do not deny the damage, but say that the decrees treat tens of thousands of people — many of them migrants from the highlands of Cusco and Puno who came to the region in search of work — as criminals, without offering a realistic route into the formal economy. Many say they have tried for years to obtain the permits the state requires, only to be defeated by cost, bureaucracy and overlapping claims to the same land.

## Not all small mining is the same

The crisis highlights a confusion that runs through much of the public debate. “Illegal” mining, carried out in protected areas or by criminal networks, is not the same as “informal” mining by families who lack the paperwork but could in principle comply with the law. Nor is a lone panner on a riverbank comparable to an operation using several dredges. Policies that fail to draw these distinctions risk punishing the weakest while leaving the most powerful operators untouched.

The PSG is preparing a research report on precisely these questions, looking at artisanal and small-scale gold mining across Peru. [Read the report](/reports/artisanal-gold-mining-in-peru).

## What should happen now

We urge the government and the miners’ organisations to return to dialogue, and the authorities to investigate the deaths impartially. A lasting solution will require:

- a formalisation process that is affordable, fast and accessible to small producers;
- firm action against the criminal networks that profit most from illegal mining;
- support for alternative livelihoods and for the recovery of damaged land and rivers;
- protection for the indigenous communities of the region, whose territories are most at risk.
`,
  },
  {
    slug: 'prior-consultation-regulations-a-first-reading',
    title: 'Prior Consultation: A First Reading of the Regulations',
    kind: 'analysis',
    state: { status: 'draft' },
    authors: ['PSG Research Team'],
    topics: ['indigenous-rights-and-consultation', 'politics-and-governance', 'mining-and-extractives'],
    regions: ['national', 'amazonas', 'loreto'],
    summary:
      'Work in progress: an early assessment of the regulations implementing Peru’s prior consultation law, and of the objections raised by indigenous organisations.',
    body: `
*Draft for internal review — figures and quotations still to be checked before publication.*

When Congress approved the Law on the Right to Prior Consultation of Indigenous and Original Peoples in 2011, it was celebrated as a breakthrough. Peru had ratified ILO Convention 169 in the 1990s, yet for almost two decades there had been no domestic mechanism to give effect to the duty to consult. The law, signed early in the Humala administration, promised to change that.

## From law to regulations

A law of this kind is only as strong as its regulations. Those published in April 2012 set out how consultations are to be organised: which bodies run them, what stages they follow, and how long each stage lasts. The drafting process involved a series of meetings with indigenous organisations, but some of the largest national federations withdrew before it ended, arguing that their proposals were being ignored.

## Points of concern

Our first reading identifies several issues that deserve closer attention:

- **Who counts as indigenous.** The regulations rely on an official database of indigenous peoples that had not been published when they came into force. Highland peasant communities fear they will be left out.
- **Timing.** It is not yet clear whether consultation will take place before mining concessions are granted, or only at later stages such as approval of an environmental study.
- **The outcome.** The state retains the final decision where no agreement is reached. Consultation is a duty to seek consent, not a veto — but the safeguards for when agreement fails look thin.
- **Past measures.** Projects approved before the law came into force appear to fall outside its scope.

## Questions still to research

- How will the first pilot consultations be chosen, and by whom?
- What role will the Vice-Ministry of Interculturality play in practice, and with what budget?
- How do the regulations compare with the standards set by the Inter-American Court?

*To add: comparison with our coverage of the [Conga dispute](/articles/conga-protests-and-the-state-of-emergency); comments from partner organisations; a short box on ILO Convention 169.*

A consultation process designed with the full participation of those it is meant to serve would be one of the most important reforms Peru could make. Whether these regulations deliver it will depend on how they are applied — and on whether communities believe the process is worth taking part in.
`,
  },
  {
    slug: 'annual-conference-2013-announcement',
    title: 'Save the Date: PSG Annual Conference 2013',
    kind: 'news',
    state: { status: 'scheduled', inDays: 3 },
    authors: ['PSG Secretariat'],
    topics: ['solidarity-and-campaigns', 'indigenous-rights-and-consultation', 'environment-and-climate'],
    regions: ['national'],
    summary:
      'Next year’s conference will ask who decides over land and water in Peru. Details of speakers, venue and tickets will follow in the spring.',
    body: `
After the success of this year’s gathering on inequality, we are pleased to announce that the PSG annual conference will take place again next year in London. The provisional title is **“Land, Water and the Right to Decide”**.

## Why this theme

The disputes that have dominated news from Peru over the past two years — over the Conga project in Cajamarca, over gold mining in Madre de Dios, and over the regulations for the new prior consultation law — have a common thread. At heart they are arguments about who has the right to decide what happens to land and water, and on what terms. The conference will bring together researchers, community representatives and practitioners from Peru and Europe to look at those questions from several angles:

- the state of prior consultation in its first years of operation;
- water, glaciers and the competing demands of agriculture, cities and mining;
- the criminalisation of protest and the protection of human rights defenders;
- what UK companies, investors and government can do differently.

## Programme and speakers

The programme is still being put together. As in previous years, we aim to combine keynote presentations with panel discussions and plenty of time for questions, and to include speakers from affected communities as well as academics and policymakers. If you would like to suggest a speaker or a topic, we would be glad to hear from you.

## Tickets

Tickets will go on sale in the spring, with reduced prices for PSG members, students and the unwaged. Members will be the first to hear when booking opens — another good reason to [join the PSG](/join) if you have not yet done so.

In the meantime, you can read our report on this year’s event, [Peru and the Persistence of Inequality](/articles/peru-and-the-persistence-of-inequality), to see the kind of discussion we hope to continue.

We look forward to seeing you there.
`,
  },
  {
    slug: 'briefing-for-members-advocacy-priorities-2013',
    title: 'Briefing for Members: Our Advocacy Priorities for 2013',
    kind: 'analysis',
    publishedAt: '2012-11-30T09:00:00.000Z',
    visibility: 'members',
    authors: ['PSG Coordinator', 'PSG Board of Trustees'],
    topics: ['mining-and-extractives', 'justice-and-impunity', 'indigenous-rights-and-consultation', 'solidarity-and-campaigns'],
    regions: ['national', 'piura', 'cajamarca', 'madre_de_dios'],
    summary:
      'A confidential note for members on where the PSG will concentrate its limited resources next year, the risks we see, and how members can help.',
    body: `
This briefing is for PSG members only. It sets out, more frankly than our public statements can, how the board and staff assess the situation in Peru after the Humala government’s first eighteen months, and where we intend to focus our advocacy in 2013. Please do not circulate it beyond the membership.

## Our reading of the situation

The government has settled into a pattern: strong rhetorical support for dialogue, combined with an unwavering commitment to large-scale mining as the basis of growth and a readiness to use states of emergency when protest escalates. The July cabinet change softened the tone but not the substance. We expect further conflicts in 2013, particularly in Cajamarca, Apurímac and the southern highlands, and possibly a renewed crisis in Madre de Dios as the deadlines for miners to formalise approach.

Our contacts in Lima are cautiously positive about the proposed independent agency for environmental assessments, but fear it will be under-resourced. They are less positive about prior consultation: the first processes are likely to involve hydrocarbons blocks in the Amazon rather than mining in the highlands, and the risk is that early cases set a low standard.

## Three priorities

| Priority | What we will do | What success would look like |
|---|---|---|
| UK company accountability | Use MineWatch to raise specific conflicts with UK-listed firms and their investors; attend selected AGMs | Companies commit publicly to consultation standards beyond the legal minimum |
| Protection of defenders | Follow up the criminalisation report with parliamentarians and the Foreign Office | UK embassy in Lima monitors key trials and meets defenders at risk |
| Justice for Río Blanco | Promote the case study to lawyers, students and journalists; press for progress in the Peruvian proceedings | Renewed attention to the unresolved criminal case in Piura |

## What we are deliberately not doing

With one part-time member of staff and a small budget, we cannot cover everything. We have decided not to launch new research on hydrocarbons next year, and to reduce the number of public events to the annual conference and two evening meetings. The board recognises this is a loss, and would revisit it if new funding became available.

## Risks

- **Funding.** Two grants end in 2013. Membership income has been stable but is not growing; renewals are the single most important thing for our independence.
- **Legal exposure.** As our work names companies more directly, we will keep all MineWatch entries strictly sourced and invite company responses before publication.
- **Partner safety.** Several partners in Peru face criminal complaints. We will not publish information that could identify witnesses or put them at risk, and we handle testimony under strict consent rules.

## How members can help

- Renew promptly, and consider encouraging one other person to join.
- Write to your MP when we issue an action alert — we will keep these to a few a year.
- Offer skills: we particularly need volunteer translators and someone with experience of company research.

The board welcomes comments on these priorities before they are finalised at the January meeting. Background reading: our [case study on Río Blanco](/case-studies/torture-at-the-rio-blanco-mine) and the [Annual Report 2011/2012](/reports/psg-annual-report-2011-2012).
`,
  },
]
