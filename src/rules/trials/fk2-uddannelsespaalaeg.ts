/**
 * Delvis fritagelse fra uddannelsespålæg. Source: `000_213603cd5354bb1f.txt`
 * pp. 131–132; `001_5174f690df2087eb.txt` Tabel 4. Never started: kept in the
 * catalogue as approved-but-not-started, so it changes nothing on any case
 * (`000_…` lines 6916–6918: "Forsøget blev ikke bragt i anvendelse";
 * `001_…` line 66: "Forsøget er ikke iværksat").
 */
import { AALBORG, BEK_1184, END_2021, muni, S000, S001, src } from './common.ts';
import type { Trial } from './model.ts';

export const FK2_UDDANNELSESPAALAEG: Trial = {
  id: 'fk2-uddannelsespaalaeg',
  title: {
    da: 'Delvis fritagelse fra uddannelsespålæg',
    en: 'Partial exemption from the education injunction',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '131–132'), src(S001, 'Tabel 4')],
  scope: {
    municipalities: [muni(AALBORG, '2018-01-01', END_2021)],
    targetGroups: ['6.5'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'lab21b-uddannelsespaalaeg',
      when: { kind: 'citizen-fact', fact: 'never-above-stu' },
      description: {
        da: 'intet uddannelsespålæg til unge, der efter en dokumenteret faglig vurdering aldrig kan gennemføre en uddannelse over STU-niveau; Min Plan er eneste styringsværktøj',
        en: 'no education injunction for young people who, on a documented professional assessment, can never complete an education above STU level; Min Plan is the sole steering tool',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Den faglige vurdering dokumenteres i et journalnotat.',
        en: 'The professional assessment is documented in a journal note.',
      },
    ],
  },
  localVariants: [],
  decision: 'T4',
  notStarted: {
    reason: {
      da: 'forsøget blev aldrig bragt i anvendelse (fagsystemet kunne ikke danne Min Plan uden uddannelsespålæg, og netværket fandt det for bureaukratisk), så lovens krav gælder uændret.',
      en: 'the trial was never put into effect (the case system could not create Min Plan without the injunction, and the network found it too bureaucratic), so the statutory requirement applies unchanged.',
    },
    source: [src(S000, '131 (lines 6916–6918)'), src(S001, 'Tabel 4 (line 66)')],
  },
  notes: [
    {
      da: 'Aldrig brugt: fagsystemet kunne ikke danne Min Plan uden uddannelsespålæg (DFDG-validering). Overlayet kan undertrykke pålæggets frist, men ikke fagsystemets genererede dokument.',
      en: 'Never used: the case system could not create Min Plan without the injunction (DFDG validation). The overlay can suppress the deadline, but not the document the case system generates.',
    },
  ],
};
