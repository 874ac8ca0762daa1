/**
 * Demo case study: "Torture at the Río Blanco Mine", after the PSG's 2012 case study.
 * Facts kept general and hedged; the evidence items it cites (evidence.ts) are illustrative.
 */
import type { DemoCaseStudy } from './types'

export const demoCaseStudies: DemoCaseStudy[] = [
  {
    slug: 'torture-at-the-rio-blanco-mine',
    title: 'Torture at the Río Blanco Mine',
    publishedAt: '2012-11-23T09:00:00.000Z',
    region: 'piura',
    topics: ['mining-and-extractives', 'human-rights', 'justice-and-impunity', 'indigenous-rights-and-consultation'],
    summary:
      'An academic case study of a mining conflict in the highlands of Piura, northern Peru. Rather than offering another secondary account, it tells the story of the dispute and of the victims’ long search for justice largely through the primary sources themselves: court records, diplomatic cables, video, photographs and testimony.',
    contentWarning:
      'This case study contains descriptions of alleged torture and ill-treatment of detainees, and refers to allegations of sexual violence against women. Some readers may find this distressing.',
    heroImage: {
      key: 'case-study-rio-blanco-hero',
      alt: 'Title card for the case study Torture at the Río Blanco Mine, showing the highlands of Piura in muted green',
      caption: 'The Río Blanco project lies in the highlands of Huancabamba and Ayabaca, close to the border with Ecuador.',
      credit: 'Peru Support Group (demo image)',
      colour: '#4e5e4a',
      label: 'Case study · Río Blanco',
    },
    chapters: [
      {
        title: 'The project and the communities',
        body: `
The Río Blanco copper deposit lies high in the mountains of the department of Piura, in the provinces of Huancabamba and Ayabaca, a short distance from Peru’s border with Ecuador. The landscape is one of cloud forest and páramo — the high, wet grasslands that store rainfall and release it slowly into streams. Those streams feed the rivers on which farming communities depend, both in the highlands and, further downstream, in the valleys that run towards the coast.

## A British-listed company in the highlands

At the start of the century the concession was held by a Peruvian company, Minera Majaz, then a subsidiary of Monterrico Metals, a firm listed in London. Exploration intensified during 2003 and 2004. For the company, Río Blanco promised to be one of the most significant copper projects in the north of the country. For many of the people who lived around it, it raised urgent questions that nobody in authority seemed willing to answer: what would happen to the water, and had anyone asked the communities whose land the camp stood on?

## The question of consent

The land around the deposit belongs in large part to two peasant communities, which hold their territory collectively and take decisions on its use through their general assemblies. Peruvian law set out how such communal land could be made available for mining. Peru’s Ombudsman’s Office later reported that, in its view, the company had not obtained the assembly agreements the law required. The company disputed this interpretation. This disagreement — not only whether a mine should be built, but who had the right to decide — lies at the heart of everything that followed.

## Reading the sources

This case study differs from earlier accounts of the conflict in one main respect: wherever possible it lets the primary sources speak. The evidence listed alongside each chapter includes:

- court records from the proceedings in Peru, such as the illustrative resolution ordering further investigation;
- diplomatic reporting, including a published US embassy cable summary;
- video and photographs from the time of the events;
- testimony from people who were detained, published only with their consent and with identifying details removed;
- contemporary press coverage.

Each source has its limits. Court documents record what was alleged and decided, not necessarily what happened. Diplomatic cables reflect the concerns of the governments that wrote them. Testimony is shaped by memory and by the circumstances in which it is given. Read together, however, they allow a fuller picture than any single account — and they let readers judge for themselves.

> The question was never only whether there would be a mine. It was who had the right to say yes or no.

The next chapter turns to the events of August 2005, when opposition to the project met the full force of the state.
`,
      },
      {
        title: 'August 2005: the march and the detentions',
        body: `
Opposition to the project grew steadily during 2004. Community organisations, the rondas campesinas — the peasant patrols that play an important role in the social life of the northern highlands — and local authorities voiced concern about the effects of the mine on water and farming. In April 2004 a first large march to the camp ended in confrontation, and a protester was reported to have died.

## The second march

At the end of July 2005, several thousand people set out on a second march towards the Río Blanco camp, walking for a day or more across the mountains. The video footage recorded by participants gives a sense of the distances involved and of the determination of those taking part. The marchers’ demand was simple: that the company leave until the communities had been properly consulted.

When the marchers reached the area of the camp at the beginning of August, they were met by police. Tear gas was fired and the crowd scattered. In the confusion, more than two dozen people, including two women, were detained. One protester later died of a gunshot wound, according to reports at the time.

## Three days at the camp

What happened next is the central subject of this case study. According to the detainees’ accounts and the complaints later filed on their behalf, they were held inside the mine camp for around three days. They allege that they were hooded, had their hands tied, were beaten and were denied adequate food and water. The two women detainees alleged that they were subjected to sexual abuse.

The redacted testimony of one former detainee describes the experience in restrained and careful language. It also describes something that recurs in many accounts: the sense of injustice when, after their release, it was the protesters rather than their captors who faced criminal charges.

## The photographs

For several years the allegations rested largely on the word of those detained. That changed when photographs reported to have been taken at the camp during the detentions became public. They are said to show detainees with their heads covered, sitting or lying on the ground, with police and other individuals nearby. Their publication, reported widely in the Peruvian and British press, transformed the case from a local dispute into a matter of international concern.

The photographs raised questions that remain, in important respects, unresolved: who was present, what role if any was played by company personnel or security contractors, and why the allegations had not been investigated effectively at the time. The company has always denied any wrongdoing, and no court has made findings of fact on these questions.

## A note on sources

Readers should bear in mind that this account is built from allegations, testimony and contemporaneous records. Where sources conflict, we say so. We have not included any material whose origin we could not establish, and some testimony held by the PSG remains unpublished because the people who gave it have not agreed to its use.
`,
      },
      {
        title: 'Seeking justice in Peru',
        body: `
For the people detained at Río Blanco, the search for justice in Peru has been long, costly and, so far, inconclusive. This chapter follows the main strands of that effort through the court records and other documents available to us.

## Complaints and counter-charges

Soon after the events of August 2005, complaints were filed on behalf of detainees alleging torture and ill-treatment. Progress was slow. The initial investigation did not, according to the complainants’ lawyers, look seriously at the role of anyone other than the protesters themselves. Meanwhile, a number of community members and leaders faced criminal charges arising from the protests. This pattern — in which those who complain of abuse find themselves prosecuted — is examined across five countries in the joint report [Criminalisation of Human Rights Defenders](/reports/criminalisation-of-human-rights-defenders).

## The communities vote

In September 2007, local consultations were held in three districts of Ayabaca and Huancabamba. Voters were asked whether they agreed with mining in their area. A large majority — reportedly more than nine in ten of those taking part — voted against. The national government declared the consultations to have no legal effect, but they remain the clearest available expression of local opinion. By then, ownership of the project had also changed: in 2007 Monterrico Metals was acquired by a consortium of Chinese companies.

## New evidence, renewed proceedings

The publication of the photographs in early 2009 gave fresh impetus to the complaints. The illustrative court resolution included with this case study shows the kind of step that followed: an instruction to prosecutors to broaden their inquiries, identify those who appear in the images and take statements from victims and witnesses.

| Stage | What the records show | Main obstacle |
|---|---|---|
| 2005–2008 | Complaints filed; limited investigation | Lack of corroborating evidence; counter-charges against protesters |
| 2009–2010 | Photographs published; investigation broadened | Identifying those present; delays in expert reports |
| 2011–2012 | Proceedings continue | Slow progress; victims’ fatigue and cost of travel to hearings |

## What the diplomatic record adds

Diplomatic reporting, such as the published US embassy cable summary, offers a different angle. It shows how the dispute was understood by outside observers: as a test of the state’s ability to manage conflict over mining in the north, and as a source of reputational risk for investors. Such sources rarely address the allegations of abuse directly, but they help explain the political context in which the investigation moved so slowly.

## An unfinished story

At the time of writing, no one has been convicted in Peru in connection with the alleged torture at Río Blanco. The victims’ lawyers continue to press for the case to be brought to trial. For many of those involved, seven years of hearings, adjournments and travel to the regional capital have become a burden in themselves — a reminder that delay can be its own form of injustice.
`,
      },
      {
        title: 'Seeking justice in the UK, and what the case teaches',
        body: `
Frustrated by the slow pace of the proceedings in Peru, a group of those detained turned to the courts of the country where the project’s parent company had been listed. This final chapter follows that route and draws together what the Río Blanco case suggests about accountability for abuses linked to extractive projects.

## A claim in London

In 2009, a claim for damages was brought in the High Court in London on behalf of more than thirty Peruvian claimants against Monterrico Metals. The claimants alleged that the company bore responsibility for the mistreatment they had suffered at the camp in 2005. At an early stage the court reportedly granted a freezing injunction over a substantial sum of the company’s assets, to ensure that funds would be available if the claim succeeded.

The company denied liability throughout. In July 2011, before the case reached trial, it was announced that the claims had been settled. The settlement was reported to include compensation for the claimants and was made without any admission of liability. Because the case did not go to trial, the English court made no findings on what had happened at the camp.

## What the settlement did and did not achieve

For the claimants, the settlement brought a measure of recognition and some compensation after six years. It also showed that companies listed in the UK could be called to account in British courts for events connected with their operations overseas — a point that has not been lost on investors and lawyers since.

But a settlement is not a judgment. It did not establish the facts, identify individual responsibility or lead to any criminal accountability. The criminal proceedings in Peru remain, for that reason, of central importance.

## Lessons

Several broader lessons emerge from the sources gathered in this case study:

- **Consent comes first.** The conflict began with a dispute over whether the communities had agreed to the project. Clear, respected rules on consultation and consent might have prevented much of what followed.
- **Evidence matters, and so does its timing.** The case was transformed by photographs that surfaced years after the events. Independent documentation at the time of protests can be decisive.
- **Criminalisation deters complaint.** The prosecution of protesters made it harder for victims to be heard as victims.
- **Home-state courts can help.** Litigation in the UK achieved what years of proceedings in Peru had not, but it is expensive, slow and available only to a few.

## Why primary sources

We have chosen to tell this story largely through documents, images and testimony because the people of Río Blanco have too often been spoken about rather than heard. We hope the material gathered here will be useful to students, lawyers, journalists and campaigners, and that it will contribute to a full and impartial account of what happened in August 2005. Our [MineWatch](/articles/minewatch-launch) service continues to follow projects involving UK-linked companies in Peru; members can read our [advocacy priorities for 2013](/articles/briefing-for-members-advocacy-priorities-2013).
`,
      },
    ],
    timeline: [
      {
        date: '2003-06-01',
        event: 'Exploration intensifies at Río Blanco',
        detail: 'Minera Majaz, then a subsidiary of London-listed Monterrico Metals, steps up exploration in the highlands of Huancabamba and Ayabaca; community concerns about water grow.',
      },
      {
        date: '2004-04-01',
        event: 'First large march to the mine camp',
        detail: 'A protest march ends in confrontation with police; a protester is reported to have died.',
      },
      {
        date: '2005-08-01',
        event: 'Second march and detentions at the camp',
        detail: 'More than two dozen protesters, including two women, are reportedly held at the camp for around three days; allegations of torture and sexual abuse follow.',
      },
      {
        date: '2007-09-16',
        event: 'Local consultations reject mining',
        detail: 'In consultations held in three districts, a large majority of those voting reportedly oppose mining; the national government says the votes have no legal effect.',
      },
      {
        date: '2009-01-01',
        event: 'Photographs of the detentions published',
        detail: 'Images reported to show hooded detainees at the camp appear in the Peruvian and British press, prompting renewed investigation.',
      },
      {
        date: '2009-10-01',
        event: 'Claim filed in the High Court in London',
        detail: 'More than thirty claimants bring a damages claim against Monterrico Metals; a freezing injunction is reportedly granted.',
      },
      {
        date: '2011-07-01',
        event: 'UK claim settled without admission of liability',
        detail: 'The company settles the claims before trial; compensation is reported but no findings of fact are made.',
      },
      {
        date: '2012-11-23',
        event: 'PSG publishes this case study',
        detail: 'The case study brings together primary sources on the dispute and the search for justice.',
      },
    ],
    evidence: [
      'rio-blanco-court-ruling',
      'rio-blanco-embassy-cable',
      'rio-blanco-video-2005',
      'rio-blanco-detention-photo',
      'rio-blanco-testimony-detainee',
      'rio-blanco-press-coverage',
      'rio-blanco-unverified-statement',
    ],
  },
]
