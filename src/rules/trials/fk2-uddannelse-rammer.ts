/**
 * Fleksible rammer for uddannelse. Source: `000_213603cd5354bb1f.txt` pp. 109–117
 * (target group and period pp. 109–110; marker p. 112; Thisted's practice
 * pp. 113–114); `001_…` Tabel 3.
 */
import type { Rule } from '../model.ts';
import {
  BEK_1184,
  END_2021,
  FREDERIKSHAVN,
  JAMMERBUGT,
  muni,
  S000,
  S001,
  src,
  THISTED,
} from './common.ts';
import type { Trial } from './model.ts';

/** Thisted: an apprenticeship agreement before granting a vocational basic course. */
const APPRENTICESHIP_FIRST: Rule = {
  id: 'fk2-thisted-uddannelsesaftale-foer-grundforloeb',
  title: {
    da: 'Uddannelsesaftale før bevilling af grundforløb (Thisted)',
    en: 'Apprenticeship agreement before granting a vocational basic course (Thisted)',
  },
  legalRef: { law: 'Lokal praksis (Thisted)', printed: 'Thisted Kommunes praksis i forsøget' },
  source: [src(S000, '113')],
  regime: 'lab2015',
  validity: { from: '2017-08-01' },
  targetGroups: ['6.1'],
  requires: 'assessment',
  schedule: {
    kind: 'before-event',
    trigger: { types: ['offer'], details: { offerKind: 'education', course: 'grundforloeb' } },
    firstOnly: false,
    met: { types: ['decision'], details: { decision: 'apprenticeship-agreement' } },
    severity: 'warning',
  },
  rounding: 'clamp',
  exceptions: [],
  action: { da: 'uddannelsesaftale', en: 'apprenticeship agreement' },
  severity: 'warning',
};

export const FK2_UDDANNELSE_RAMMER: Trial = {
  id: 'fk2-uddannelse-rammer',
  title: { da: 'Fleksible rammer for uddannelse', en: 'Flexible rules for education' },
  legalBasis: BEK_1184,
  source: [src(S000, '109–117'), src(S001, 'Tabel 3')],
  scope: {
    municipalities: [
      muni(JAMMERBUGT, '2017-08-01', END_2021),
      muni(THISTED, '2017-08-01', END_2021, { variants: ['thisted-apprenticeship-first'] }),
      muni(FREDERIKSHAVN, '2017-08-01', END_2021),
    ],
    targetGroups: ['6.1'],
    subGroups: ['no-qualifying-education', 'outdated-education', 'skaanehensyn'],
    defaultEnd: END_2021,
  },
  operations: [
    {
      op: 'waive',
      ruleId: 'lab2015-upskilling-6w-in-26w',
      option: 'upskilling',
      description: {
        da: 'mere end 6 ugers vejledning og opkvalificering inden for de første 26 ugers ledighed',
        en: 'more than 6 weeks of guidance and upskilling within the first 26 weeks of unemployment',
      },
    },
    {
      op: 'waive',
      ruleId: 'lab2015-no-qualifying-education-u30',
      option: 'u30-education',
      description: {
        da: 'ledige under 30 kan få studie- eller erhvervskompetencegivende uddannelse',
        en: 'unemployed people under 30 may get study- or vocationally qualifying education',
      },
    },
  ],
  documentation: {
    journalNoteEachUse: false,
    personGroupMarker: 'any-time',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: false,
  },
  localVariants: [
    {
      id: 'thisted-apprenticeship-first',
      title: {
        da: 'Uddannelsesaftale kræves før grundforløb (Thisted)',
        en: 'An apprenticeship agreement is required before a basic course (Thisted)',
      },
      operations: [
        {
          op: 'add-rule',
          rule: APPRENTICESHIP_FIRST,
          description: {
            da: 'Thisted bevilger kun grundforløb, når der foreligger en uddannelsesaftale',
            en: 'Thisted grants a basic course only when an apprenticeship agreement is in place',
          },
        },
      ],
      source: src(S000, '113'),
    },
  ],
  decision: 'T3',
  notes: [
    {
      da: 'Hele forsøget gjaldt til 31. december 2019; fra 1. januar 2020 fjernede lov nr. 548 6-ugersgrænsen (reglen udløber), så kun delen for under 30-årige har virkning derefter.',
      en: 'The full trial ran to 31 December 2019; from 1 January 2020 lov nr. 548 removed the 6-week limit (the rule expires), so only the under-30 part has effect afterwards.',
    },
  ],
};
