/**
 * Forenkling af bevillingsgrundlaget for revalidering. Source:
 * `000_213603cd5354bb1f.txt` pp. 171–185 (period p. 171; tvivlssager pp. 174–175;
 * the change part ended 1 Jan 2020 p. 184); `001_…` Tabel 2.
 */
import type { Condition } from '../model.ts';
import {
  AALBORG,
  BEK_1184,
  END_2021,
  HJOERRING,
  JAMMERBUGT,
  muni,
  S000,
  S001,
  src,
  THISTED,
  VESTHIMMERLAND,
} from './common.ts';
import type { Trial } from './model.ts';

const NOT_DOUBTFUL: Condition = {
  kind: 'not',
  condition: { kind: 'event-flag', flag: 'tvivlssag' },
};

export const FK2_REVAL_LAE265: Trial = {
  id: 'fk2-reval-lae265',
  title: {
    da: 'Forenkling af bevillingsgrundlaget for revalidering',
    en: 'Simpler grant basis for revalidering (no LÆ265)',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '171–185'), src(S001, 'Tabel 2')],
  scope: {
    municipalities: [
      muni(JAMMERBUGT, '2018-07-01', END_2021),
      muni(THISTED, '2018-07-01', END_2021),
      muni(VESTHIMMERLAND, '2018-07-01', END_2021),
      muni(HJOERRING, '2019-01-01', END_2021),
      muni(AALBORG, '2018-07-01', END_2021),
    ],
    targetGroups: ['6.10'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'reval-lae265-garanti',
      when: NOT_DOUBTFUL,
      description: {
        da: 'ingen LÆ265 før afgørelse om revalidering, medmindre sagen er en tvivlssag (manglende lægelige oplysninger, tvivl om skånehensyn eller andre udokumenterede forhold)',
        en: 'no LÆ265 before the revalidering decision unless the case is a borderline case (missing medical information, doubt about skånehensyn, or other undocumented circumstances)',
      },
    },
    {
      op: 'waive',
      ruleId: 'reval-lae265-changes',
      when: NOT_DOUBTFUL,
      description: {
        da: 'ingen ny LÆ265 ved ændring, forlængelse eller afslutning af planen, medmindre sagen er en tvivlssag',
        en: 'no new LÆ265 at a change, extension or termination of the plan unless the case is a borderline case',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Tematisk ledelsestilsyn med 5 faste spørgsmål (marts 2019, august 2019, marts 2020).',
        en: 'A thematic management review with 5 fixed questions (March 2019, August 2019, March 2020).',
      },
    ],
  },
  localVariants: [],
  decision: 'T2',
  notes: [
    {
      da: 'En tvivlssag markeres med flag "tvivlssag" på afgørelsen. Delen om ændringer ophørte 1. januar 2020, da loven blev ændret (reval-lae265-changes udløber 2019-12-31).',
      en: 'A borderline case carries the flag "tvivlssag" on the decision. The change part ended on 1 January 2020 when the law changed (reval-lae265-changes ends 2019-12-31).',
    },
  ],
};
