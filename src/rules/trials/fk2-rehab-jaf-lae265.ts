/**
 * Rehabiliteringsteams – JAF-sager og LÆ265. Source: `000_213603cd5354bb1f.txt`
 * pp. 134–170 (period p. 135; markers pp. 135, 144); `001_5174f690df2087eb.txt` Tabel 1.
 */

import { JAF_REHAB } from '../statutes/jaf-rehab.ts';
import {
  AALBORG,
  BROENDERSLEV,
  FREDERIKSHAVN,
  FRIKOMMUNE_BEK,
  HJOERRING,
  JAMMERBUGT,
  MARIAGERFJORD,
  MORSOE,
  muni,
  REBILD,
  S000,
  S001,
  src,
  THISTED,
  VESTHIMMERLAND,
} from './common.ts';
import type { Trial } from './model.ts';

const END = '2020-12-31';

/**
 * The LÆ265 exemption held for every target group whose case goes to the
 * rehabilitation team, not only sygedagpenge/jobafklaring: "selvom fritagelsen
 * har været mulig for alle andre målgrupper også" (000_213603cd5354bb1f.txt
 * lines 7077–7078). The evaluation only studied 6.6; the scope is the rule's.
 */
const LAE265_GROUPS = JAF_REHAB.find((r) => r.id === 'rehab-lae265-required')!.targetGroups;

export const FK2_REHAB_JAF_LAE265: Trial = {
  id: 'fk2-rehab-jaf-lae265',
  title: {
    da: 'Rehabiliteringsteams – JAF-sager og LÆ265',
    en: 'Rehabilitation teams: jobafklaring cases and LÆ265',
  },
  legalBasis: FRIKOMMUNE_BEK,
  source: [src(S000, '134–170'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      muni(AALBORG, '2017-07-01', END),
      muni(FREDERIKSHAVN, '2017-07-01', END),
      muni(HJOERRING, '2018-06-01', END),
      muni(JAMMERBUGT, '2017-07-01', END),
      muni(MARIAGERFJORD, '2017-07-01', END),
      muni(MORSOE, '2017-07-01', END),
      muni(REBILD, '2017-07-01', END),
      muni(BROENDERSLEV, '2017-07-01', END, {
        excludeOperations: ['lae265'],
        note: 'JAF part only.',
      }),
      muni(VESTHIMMERLAND, '2017-07-01', END, {
        excludeOperations: ['jaf'],
        note: 'LÆ265 part only.',
      }),
      muni(THISTED, '2019-11-01', END, {
        note: 'Joined November 2019; no data in the evaluation.',
      }),
    ],
    // The JAF waiver only concerns 6.6/6.7 by its rule (jaf-rehabteam-4w); the LÆ265 part covers every rehab-team group.
    targetGroups: [...new Set(['6.6' as const, '6.7' as const, ...LAE265_GROUPS])],
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'jaf-rehabteam-4w',
      option: 'jaf',
      when: {
        kind: 'not',
        condition: {
          kind: 'any',
          conditions: [
            { kind: 'spell-flag', flag: 'repeat-jaf' },
            { kind: 'spell-flag', flag: 'citizen-requests-rehab-team' },
          ],
        },
      },
      description: {
        da: 'det første jobafklaringsforløb behøver ikke forelægges rehabiliteringsteamet inden 4 uger, når kun beskæftigelsesrettede indsatser er nødvendige; et nyt forløb skal altid forelægges, og borgeren kan altid bede om et møde',
        en: 'the first jobafklaring course need not go to the rehabilitation team within 4 weeks when only employment measures are needed; a further course always goes there, and the citizen can always ask for a meeting',
      },
    },
    {
      op: 'accept-alternatives',
      ruleId: 'rehab-lae265-required',
      certificates: ['LÆ135', 'LÆ145'],
      option: 'lae265',
      description: {
        da: 'LÆ135 eller LÆ145 kan bruges i stedet for LÆ265',
        en: 'LÆ135 or LÆ145 may be used instead of LÆ265',
      },
    },
    {
      op: 'waive',
      ruleId: 'rehab-lae265-required',
      option: 'lae265',
      when: { kind: 'event-flag', flag: 'medically-documented' },
      description: {
        da: 'ingen LÆ265, når sagen allerede er tilstrækkeligt lægeligt belyst (fx onkologiske oplysninger, psykiatrisk behandling, tidligere attester)',
        en: 'no LÆ265 when the case is already sufficiently documented medically (e.g. oncology records, psychiatric treatment, earlier certificates)',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
    other: [
      {
        da: 'Faglig vurdering i hver sag; tillæg til standardbreve og journalnotater (s. 146).',
        en: 'A professional judgement in each case; supplements to standard letters and journal notes (p. 146).',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Et rehabiliteringsmøde, hvor sagen allerede er lægeligt belyst, markeres med flag "medically-documented"; et gentaget jobafklaringsforløb med spell-flag "repeat-jaf".',
      en: 'A rehabilitation-team meeting where the case is already medically documented carries the flag "medically-documented"; a repeated jobafklaring course the spell flag "repeat-jaf".',
    },
  ],
};
