/**
 * Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder.
 * Source: `000_213603cd5354bb1f.txt` pp. 93–103 (period p. 93); `001_…` Tabel 1.
 */
import type { Rule } from '../model.ts';
import {
  AALBORG,
  BEK_1184,
  END_2021,
  JAMMERBUGT,
  muni,
  REBILD,
  S000,
  S001,
  src,
  THISTED,
} from './common.ts';
import type { Trial, TrialOperation } from './model.ts';

const WAIVED = [
  'las74c-vurdering-12of18',
  'las74c-revurdering',
  'las74c-redegoerelser',
  'las74c-move',
  'las74c-tilbud',
];

/** The replacement: each contact-course interview reassesses three points. */
const CONTINUOUS: Rule = {
  id: 'fk2-ly-loebende-revurdering',
  title: {
    da: 'Løbende revurdering i de almindelige samtaler (fleksjobbetingelser, rådighed, behov for tilbud)',
    en: 'Continuous reassessment in the ordinary interviews (fleksjob conditions, availability, need for an offer)',
  },
  legalRef: {
    law: BEK_1184.law,
    printed: 'Frikommuneforsøg: løbende revurdering (LAS § 74c fraveget)',
  },
  source: [src(S000, '94–95')],
  regime: 'las',
  validity: { from: '2018-07-01' },
  targetGroups: ['6.9'],
  requires: 'content',
  schedule: {
    kind: 'content',
    applies: { types: ['job-interview', 'follow-up-interview'] },
    items: [
      {
        id: 'fleksjob-conditions',
        label: {
          da: 'om betingelserne for fleksjob fortsat er opfyldt',
          en: 'whether the fleksjob conditions are still met',
        },
      },
      { id: 'availability', label: { da: 'rådighed', en: 'availability' } },
      { id: 'offer-needs', label: { da: 'behov for tilbud', en: 'need for an offer' } },
    ],
  },
  rounding: 'clamp',
  exceptions: [],
  action: { da: 'samtale med løbende revurdering', en: 'interview with continuous reassessment' },
  severity: 'warning',
};

export const FK2_LY_REVURDERING: Trial = {
  id: 'fk2-ly-revurdering',
  title: {
    da: 'Ledighedsydelse – fritagelse for revurdering i 12. måned inden for 18 måneder',
    en: 'Ledighedsydelse: no reassessment at 12 of 18 months',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '93–103'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      muni(THISTED, '2018-07-01', END_2021),
      muni(REBILD, '2018-07-01', END_2021),
      muni(AALBORG, '2018-07-01', END_2021),
      muni(JAMMERBUGT, '2018-07-01', END_2021),
    ],
    targetGroups: ['6.9'],
    defaultEnd: END_2021,
  },
  operations: [
    ...WAIVED.map(
      (ruleId): TrialOperation => ({
        op: 'waive',
        ruleId,
        description: {
          da: 'vurderingen efter LAS § 74c efter 12 måneders ledighedsydelse inden for 18 måneder bortfalder',
          en: 'the LAS § 74c assessment after 12 months of ledighedsydelse within 18 months is set aside',
        },
      }),
    ),
    {
      op: 'add-rule',
      rule: CONTINUOUS,
      description: {
        da: 'samtalerne i kontaktforløbet (ca. hver 3. måned) dækker fleksjobbetingelser, rådighed og behov for tilbud',
        en: 'the contact-course interviews (about every 3rd month) cover the fleksjob conditions, availability and the need for an offer',
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
        da: 'Ledelsestilsyn med tre ekstra spørgsmål (s. 97–98).',
        en: 'Management review with three added questions (pp. 97–98).',
      },
    ],
  },
  localVariants: [],
  decision: 'T1',
  notes: [
    {
      da: 'Vesthimmerland og Frederikshavn/Læsø stod i ansøgningen, men deltog ikke (s. 93).',
      en: 'Vesthimmerland and Frederikshavn/Læsø were in the application but did not take part (p. 93).',
    },
  ],
};
