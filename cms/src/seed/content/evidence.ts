/**
 * Demo evidence for the Río Blanco case study. These are ILLUSTRATIVE items written for
 * the demo: they show the kinds of primary source the case study draws on (court records,
 * diplomatic cables, video, photographs, testimony, press), but their texts, citations and
 * provenance are invented and deliberately marked as such. No real file numbers, names or
 * personal data are used.
 */
import type { DemoEvidence } from './types'

export const demoEvidence: DemoEvidence[] = [
  {
    key: 'rio-blanco-court-ruling',
    title: 'Court resolution ordering further investigation of the 2005 detentions (illustrative)',
    kind: 'court_document',
    date: '2009-06-15',
    description:
      'An illustrative example of the kind of Peruvian court record the case study relies on: a resolution, issued after photographs of the detentions became public, instructing prosecutors to carry out further inquiries into complaints of torture and ill-treatment at the mine camp in August 2005.',
    provenance:
      'Illustrative demo item, modelled on court records of the type obtained by lawyers acting for the complainants. The text was written for this demo and does not reproduce any real document.',
    citation: 'Illustrative: Piura Superior Court, criminal file (demo)',
    sensitivity: 'public',
    consentRecorded: true,
    consentNotes: 'Public court record; names of private individuals removed in this illustrative version.',
    language: 'es',
    file: {
      key: 'evidence-rio-blanco-court-ruling',
      title: 'Resolución judicial (ilustrativa): ampliación de la investigación sobre las detenciones de agosto de 2005',
      language: 'es',
      description: 'Documento ilustrativo creado para la demostración; no reproduce ningún expediente real.',
      pages: [
        {
          heading: 'Antecedentes (documento ilustrativo)',
          paragraphs: [
            'Documento de demostración. Se resume aquí, a título ilustrativo, una resolución judicial relativa a la denuncia presentada por personas detenidas durante varios días en el campamento minero de Río Blanco, en la provincia de Huancabamba, a comienzos de agosto de 2005.',
            'Los denunciantes sostienen que durante su detención fueron encapuchados, golpeados y sometidos a otros malos tratos, y que dos mujeres detenidas sufrieron agresiones de carácter sexual.',
            'La difusión pública de fotografías tomadas durante la detención aportó nuevos elementos que no habían sido valorados en la investigación inicial.',
          ],
        },
        {
          heading: 'Parte resolutiva (documento ilustrativo)',
          paragraphs: [
            'Se dispone que el Ministerio Público amplíe la investigación, identifique a las personas que aparecen en las fotografías y recabe las declaraciones de los agraviados y de los testigos.',
            'Se ordena la práctica de las pericias necesarias para determinar la autenticidad de las imágenes y la fecha y el lugar en que fueron tomadas.',
            'Los nombres de las partes y de los magistrados se han omitido en esta versión ilustrativa.',
          ],
        },
      ],
    },
  },
  {
    key: 'rio-blanco-embassy-cable',
    title: 'US embassy cable summary on the Río Blanco dispute (illustrative)',
    kind: 'diplomatic_cable',
    date: '2008-03-10',
    description:
      'An illustrative summary, in the style of the published US embassy cables from Lima, of diplomatic reporting on the Río Blanco conflict: the tensions between the project and local communities, the government’s approach to the dispute and the implications of the project’s change of ownership.',
    provenance:
      'Illustrative summary written for this demo, modelled on US diplomatic cables from Lima that were later made public. It does not quote any real cable.',
    citation: 'Illustrative: US Embassy Lima cable summary (demo)',
    sensitivity: 'public',
    consentRecorded: true,
    consentNotes: 'Published diplomatic material; no private individuals are named.',
    language: 'en',
    file: {
      key: 'evidence-rio-blanco-embassy-cable',
      title: 'Published US embassy cable summary: Río Blanco (illustrative)',
      language: 'en',
      description: 'Illustrative summary created for the demo; not the text of a real cable.',
      pages: [
        {
          heading: 'Summary (illustrative)',
          paragraphs: [
            'This demo document illustrates the kind of diplomatic reporting the case study draws on. It summarises, in general terms, how an embassy might describe the Río Blanco dispute to its government.',
            'The summary notes continuing opposition to the project in the provinces of Huancabamba and Ayabaca, where local consultations had returned a large majority against mining, and describes the Peruvian government as keen to see the project proceed.',
          ],
        },
        {
          heading: 'Comment (illustrative)',
          paragraphs: [
            'The summary observes that the conflict had become a test case for relations between the state, mining investors and rural communities in the north of Peru, and that unresolved allegations about the 2005 detentions continued to weigh on the project’s reputation.',
            'It also records that the new owners of the project were expected to face the same questions about community consent as their predecessors.',
            'For researchers, material of this kind is useful less for its conclusions than for what it reveals about how outside observers understood the conflict at the time.',
          ],
        },
      ],
    },
  },
  {
    key: 'rio-blanco-video-2005',
    title: 'Video: the march towards the Río Blanco camp, 2005 (illustrative)',
    kind: 'video',
    date: '2005-08-01',
    description:
      'Illustrative entry for amateur video footage of community members walking through the highlands towards the mine camp in the days before the detentions. The footage shows the terrain, the size of the march and the mood of the participants.',
    provenance:
      'Illustrative demo item. Footage of this kind was recorded by participants and later shared with human rights organisations; the link below is a placeholder.',
    citation: 'Illustrative: community video archive, Huancabamba, 2005 (demo)',
    url: 'https://example.org/videos/rio-blanco-2005',
    sensitivity: 'public',
    consentRecorded: true,
    consentNotes: 'Illustrative: consent for publication recorded with the community organisation that holds the footage.',
    language: 'es',
  },
  {
    key: 'rio-blanco-detention-photo',
    title: 'Photograph: detainees at the mine camp, August 2005 (illustrative)',
    kind: 'photo',
    date: '2005-08-02',
    description:
      'Illustrative entry for one of the photographs reported to show protesters held at the Río Blanco camp, hooded and with their hands tied. Images of this kind became public several years after the events and prompted renewed calls for investigation.',
    provenance:
      'Illustrative demo item. The real photographs are reported to have been passed to journalists and human rights organisations in 2008; this placeholder image shows no people.',
    citation: 'Illustrative: photograph, Río Blanco camp, August 2005 (demo)',
    sensitivity: 'public',
    consentRecorded: true,
    consentNotes: 'Placeholder image only; no identifiable individuals are shown.',
    language: 'en',
    image: {
      key: 'evidence-rio-blanco-detention-photo',
      alt: 'Placeholder card standing in for a photograph of detainees at the Río Blanco mine camp in August 2005',
      caption: 'Placeholder for a photograph reported to show detainees at the mine camp, August 2005.',
      credit: 'Illustrative (demo)',
      colour: '#5b5048',
      label: 'Río Blanco · August 2005',
    },
  },
  {
    key: 'rio-blanco-testimony-detainee',
    title: 'Testimony of a former detainee (redacted, illustrative)',
    kind: 'testimony',
    date: '2008-11-20',
    description:
      'Illustrative testimony from a member of a highland community who took part in the 2005 march and was held at the mine camp. It describes the detention and its aftermath. Identifying details have been removed.',
    provenance:
      'Illustrative demo item, written to resemble testimony gathered by a human rights organisation working with the complainants. Translated from Spanish.',
    citation: 'Illustrative: testimony recorded in Huancabamba province, 2008 (demo)',
    transcript: `I joined the march because we were worried about the water. The springs that feed our fields come from those hills, and nobody had asked us whether a mine could be built there.

We walked for more than a day to reach the camp. When we arrived there was tear gas, and people ran in every direction. I was caught with several others. They covered our heads with sacks and tied our hands behind our backs.

We were kept there for about three days. We were beaten, and we were given almost nothing to eat. I could hear the women who had been detained with us crying, and later we learned what had been done to them. I will not speak about that; it is their story to tell.

Afterwards, it was we who were accused of crimes. For years I had to travel to the city for hearings. What I want is for the truth to be recognised, so that this does not happen to anyone else. [Names of places and people removed.]`,
    sensitivity: 'redacted',
    redactionNote: 'Names of witnesses withheld for their safety; references to specific places and people have been removed.',
    consentRecorded: true,
    consentNotes: 'Illustrative: informed consent to publication in redacted form recorded at interview; reviewed again in 2012.',
    language: 'en',
  },
  {
    key: 'rio-blanco-press-coverage',
    title: 'Press coverage: photographs of the 2005 detentions published (illustrative)',
    kind: 'press',
    date: '2009-01-18',
    description:
      'Illustrative entry for newspaper coverage of the publication of photographs reported to show detainees at the Río Blanco camp, and of the reactions of the company, the Peruvian authorities and human rights organisations.',
    provenance: 'Illustrative demo item standing in for UK and Peruvian press reports of January 2009; the link is a placeholder.',
    citation: 'Illustrative: national newspaper report, January 2009 (demo)',
    url: 'https://example.org/press/rio-blanco-photographs-2009',
    sensitivity: 'public',
    consentRecorded: true,
    consentNotes: 'Published press material.',
    language: 'en',
  },
  {
    key: 'rio-blanco-unverified-statement',
    title: 'Unverified witness statement awaiting consent (staff only)',
    kind: 'testimony',
    date: '2012-06-05',
    description:
      'STAFF ONLY. Statement from a person who says they witnessed events at the camp in August 2005. Not yet corroborated; the witness has not yet agreed to any use of the material. Must not be published or quoted.',
    provenance:
      'Illustrative demo item: notes of a conversation passed to PSG staff by a partner organisation. Origin and account not yet verified.',
    citation: 'Illustrative: internal note, partner organisation (demo) — not for citation',
    transcript:
      'STAFF-ONLY TRANSCRIPT (demo marker: unverified-statement-do-not-publish). The witness describes seeing vehicles arrive at the camp on the second day and says that further people were brought there from elsewhere. The account differs in several details from other testimony and needs checking before it can be relied upon.',
    sensitivity: 'staff_only',
    consentRecorded: false,
    consentNotes:
      'No consent recorded. The partner organisation will ask the witness in person whether the statement may be used, and in what form. Until then it must not leave the staff area.',
    language: 'en',
  },
]
