/**
 * Lempelse af forholdstalskrav ift. praktikker for ledighedsydelsesmodtagere.
 * Source: `000_213603cd5354bb1f.txt` pp. 223–227 (procedure and marker p. 225); `001_…` Tabel 2.
 */
import type { Condition } from '../model.ts';
import { BEK_1184, END_2021, muni, S000, S001, src, VESTHIMMERLAND } from './common.ts';
import type { Trial, TrialOperation } from './model.ts';

const WHEN: Condition = {
  kind: 'all',
  conditions: [
    { kind: 'event-detail', key: 'offerKind', value: 'virksomhedspraktik' },
    { kind: 'event-length', minDays: 14, maxDays: 28 },
    { kind: 'event-flag', flag: 'before-fleksjob-hire' },
    {
      kind: 'not',
      condition: {
        kind: 'since-spell-start',
        atLeast: { n: 18, unit: 'month', counting: 'elapsed' },
      },
    },
  ],
};

export const FK2_LY_PRAKTIK_FORHOLDSTAL: Trial = {
  id: 'fk2-ly-praktik-forholdstal',
  title: {
    da: 'Lempelse af forholdstalskrav ift. praktikker for ledighedsydelsesmodtagere',
    en: 'Eased ratio rule for ledighedsydelse recipients in short placements',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '223–227'), src(S001, 'Tabel 2')],
  scope: {
    municipalities: [muni(VESTHIMMERLAND, '2018-07-01', END_2021)],
    targetGroups: ['6.9'],
    defaultEnd: END_2021,
  },
  operations: ['bab-forholdstal-0-50', 'bab-forholdstal-50plus', 'lab2020-forholdstal-relaxed'].map(
    (ruleId): TrialOperation => ({
      op: 'waive',
      ruleId,
      when: WHEN,
      description: {
        da: 'forholdstallet fraviges for en virksomhedspraktik på 2–4 uger umiddelbart før en konkret fleksjobansættelse, for borgere med under 18 måneders ledighedsydelse',
        en: 'the company ratio is waived for a 2–4-week virksomhedspraktik immediately before a concrete fleksjob hire, for people with less than 18 months of ledighedsydelse',
      },
    }),
  ),
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: true,
    other: [
      {
        da: 'Årsagen skal angives, hvis praktikken ikke fører til ansættelse i fleksjob; persongruppemarkering i FASIT (s. 225).',
        en: 'The reason must be recorded if the placement does not lead to a fleksjob hire; person-group marker in FASIT (p. 225).',
      },
    ],
  },
  localVariants: [],
  decision: 'T2',
  notes: [
    {
      da: 'Praktikken markeres med flag "before-fleksjob-hire"; 2–4 uger = 14–28 dage med begge dage talt med. Kilden skriver både målgruppe 6.9 og 6.8; vi bruger 6.9 (ledighedsydelse).',
      en: 'The placement carries the flag "before-fleksjob-hire"; 2–4 weeks = 14–28 days, both days counted. The source writes both target group 6.9 and 6.8; we use 6.9 (ledighedsydelse).',
    },
  ],
};
