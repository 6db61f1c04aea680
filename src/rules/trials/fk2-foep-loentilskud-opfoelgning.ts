/**
 * Færre opfølgninger ift. førtidspensionister i job med løntilskud.
 * Source: `000_213603cd5354bb1f.txt` pp. 128–130 (procedures p. 129); `001_…` Tabel 1.
 */
import type { Rule } from '../model.ts';
import { FOERTIDSPENSION } from '../statutes/foertidspension.ts';
import { BEK_1184, END_2021, muni, S000, S001, src, VESTHIMMERLAND } from './common.ts';
import type { Trial } from './model.ts';

const STATUTE = FOERTIDSPENSION.find((r) => r.id === 'foep-loentilskud-followup')!;
const EVERY_30_MONTHS = { n: 30, unit: 'month' as const, counting: 'elapsed' as const };

const REPLACEMENT: Rule = {
  ...STATUTE,
  id: 'fk2-foep-followup-2.5y',
  title: {
    da: 'Opfølgning hver gang der er gået 2½ år (som for fleksjob)',
    en: 'Follow-up each time 2½ years have passed (as for fleksjob)',
  },
  source: [src(S000, '128–129')],
  schedule: {
    kind: 'cadence',
    anchor: {
      kind: 'event',
      event: { types: ['offer'], details: { offerKind: 'loentilskud' } },
      label: { da: 'ansættelsens start', en: 'the start of employment' },
    },
    startFrom: 'anchor',
    firstGap: EVERY_30_MONTHS,
    maxGap: EVERY_30_MONTHS,
    met: { types: ['follow-up-interview'] },
  },
  notes: [
    {
      da: '2½ år = 30 måneder efter ansættelsens start og derefter efter den forrige opfølgning.',
      en: '2½ years = 30 months after the start of employment and then after the previous follow-up.',
    },
  ],
};

export const FK2_FOEP_LOENTILSKUD_OPFOELGNING: Trial = {
  id: 'fk2-foep-loentilskud-opfoelgning',
  title: {
    da: 'Færre opfølgninger ift. førtidspensionister i job med løntilskud',
    en: 'Fewer follow-ups for disability pensioners in wage-subsidy jobs',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '128–130'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [muni(VESTHIMMERLAND, '2018-07-01', END_2021)],
    targetGroups: ['6.11'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'replace',
      ruleId: 'foep-loentilskud-followup',
      replacement: REPLACEMENT,
      description: {
        da: 'opfølgning hvert 2½ år i stedet for efter 6 måneder og derefter hver 12. måned; normalt telefonisk med tilbud om personligt møde',
        en: 'follow-up every 2½ years instead of after 6 months and then every 12 months; usually by phone with a personal meeting offered',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: true,
    other: [
      {
        da: 'Procedure fastsætter, hvem der er fagligt ansvarlig; retningslinjer for journalnotat, når forsøget bruges (s. 129).',
        en: 'A procedure names the person professionally responsible; guidelines for a journal note when the trial is used (p. 129).',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
};
