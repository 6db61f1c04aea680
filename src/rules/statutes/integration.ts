/**
 * Integration contact course (integrationsloven). Source:
 * `000_213603cd5354bb1f.txt` pp. 123–124.
 * Integration recipients are identified by the spell's benefit.
 */
import type { Condition, Rule } from '../model.ts';
import { LAB2015, LAB2020, rule, S000, SPELL_START, src, within } from './common.ts';

export const INTEGRATION_BENEFITS = ['integrationsydelse', 'selvforsoergelses-og-hjemrejseydelse'];
const IS_INTEGRATION: Condition = { kind: 'benefit', benefits: INTEGRATION_BENEFITS };
const GROUPS = ['6.2', '6.3', '6.4', '6.5', '6.12'] as const;

export const INTEGRATION: readonly Rule[] = [
  rule({
    id: 'inl2015-samtale-form',
    title: {
      da: 'Integrationssamtaler er personlige og individuelle (CV-/jobsamtalekarakter)',
      en: 'Integration interviews are personal and individual (CV/job-interview character)',
    },
    legalRef: {
      law: 'Lov om integration af udlændinge i Danmark',
      printed: 'Integrationsloven (§ ikke angivet)',
    },
    source: [src(S000, '123')],
    regime: 'inl2015',
    validity: {
      from: '2015-01-01',
      to: '2019-12-31',
      note: 'Start chosen with lab2015; ends when the 2020 amendment applies.',
    },
    targetGroups: GROUPS,
    appliesWhen: IS_INTEGRATION,
    requires: 'form',
    action: { da: 'personlig samtale', en: 'personal interview' },
    allowedForms: ['in-person'],
    schedule: {
      kind: 'form',
      applies: { types: ['job-interview', 'follow-up-interview'] },
      allowed: ['in-person'],
      defaultForm: 'in-person',
    },
    notes: [
      {
        da: 'Eget id for formkravet i inl2015-kontaktforloeb-4in12.',
        en: 'Own id for the form requirement of inl2015-kontaktforloeb-4in12.',
      },
    ],
    severity: 'warning',
  }),
  rule({
    id: 'inl2015-kontaktforloeb-4in12',
    title: {
      da: 'Mindst 4 personlige samtaler pr. 12 kalendermåneder i integrationsprogrammet',
      en: 'At least 4 personal interviews per 12 calendar months in the integration programme',
    },
    legalRef: {
      law: 'Lov om integration af udlændinge i Danmark',
      printed: 'Integrationsloven (§ ikke angivet)',
    },
    source: [src(S000, '123')],
    regime: 'inl2015',
    validity: { ...LAB2015, note: 'Start chosen with lab2015 (in force at trial).' },
    targetGroups: GROUPS,
    appliesWhen: IS_INTEGRATION,
    requires: 'interview',
    action: {
      da: 'samtale i integrationskontaktforløbet',
      en: 'integration contact-course interview',
    },
    schedule: {
      kind: 'count',
      anchor: SPELL_START,
      period: within(12, 'month'),
      count: 4,
      repeatBlocks: true,
      met: {
        types: ['job-interview', 'follow-up-interview'],
        formPolicy: 'inl2015-samtale-form',
        resettingOnly: true,
      },
    },
    supersedes: ['lab2015-akt-kh-koordinerende-samtaler', 'lab2015-akt-udh-samtaler'],
    notes: [
      {
        da: '"Løbende 12 kalendermåneder" tolkes som på hinanden følgende 12-månedersblokke fra forløbets start.',
        en: '"Rolling 12 calendar months" is read as consecutive 12-month blocks from the spell start.',
      },
    ],
  }),
  rule({
    id: 'inl2020-kontaktforloeb-4in6',
    title: {
      da: '4 samtaler i de første 6 måneder, derefter efter behov',
      en: '4 interviews in the first 6 months, then as needed',
    },
    legalRef: {
      law: 'Integrationsloven som ændret pr. 1. januar 2020',
      printed: 'Integrationsloven (2020)',
    },
    source: [src(S000, '124')],
    regime: 'inl2020',
    validity: LAB2020,
    targetGroups: GROUPS,
    appliesWhen: IS_INTEGRATION,
    requires: 'interview',
    action: {
      da: 'samtale i integrationskontaktforløbet',
      en: 'integration contact-course interview',
    },
    schedule: {
      kind: 'count',
      anchor: SPELL_START,
      period: within(6, 'month'),
      count: 4,
      met: { types: ['job-interview', 'follow-up-interview'], resettingOnly: true },
    },
    supersedes: ['lab2020-kontaktforloeb-min4'],
  }),
];
