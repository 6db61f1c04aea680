/**
 * Prior-unemployment requirement for løntilskud and jobrotation, and the
 * net-increase requirement. Source: `000_213603cd5354bb1f.txt` pp. 203, 214–215;
 * `001_5174f690df2087eb.txt` Tabel 1.
 */
import type { Rule, RuleException } from '../model.ts';
import { after, info, offerOf, rule, S000, S001, src, UNEMPLOYMENT_START } from './common.ts';

const LT_EXCEPTIONS: readonly RuleException[] = [
  {
    id: 'no-upper-secondary-education',
    when: { kind: 'citizen-fact', fact: 'no-upper-secondary-education' },
    effect: { kind: 'waive' },
    priority: 10,
    description: {
      da: 'borgeren har ingen gymnasial eller erhvervsfaglig uddannelse eller derover',
      en: 'the person has no general or vocational upper-secondary education or higher',
    },
  },
  {
    id: 'over-50',
    when: { kind: 'age-at-least', years: 50 },
    effect: { kind: 'waive' },
    priority: 10,
    description: { da: 'borgeren er over 50 år', en: 'the person is over 50' },
  },
  {
    id: 'single-provider',
    when: { kind: 'citizen-fact', fact: 'single-provider' },
    effect: { kind: 'waive' },
    priority: 10,
    description: { da: 'borgeren er enlig forsørger', en: 'the person is a single provider' },
  },
];

export const LOENTILSKUD: readonly Rule[] = [
  rule({
    id: 'lab2015-loentilskud-prior-unemployment',
    title: {
      da: '26 ugers forudgående ledighed før job med løntilskud',
      en: '26 weeks of prior unemployment before a job with wage subsidy',
    },
    legalRef: { law: 'LAB', paragraph: '51', stk: '2–3', printed: 'LAB § 51, stk. 2–3' },
    source: [src(S000, '215'), src(S001, 'Tabel 1')],
    regime: 'lab2015',
    validity: {
      from: '2015-01-01',
      note: 'Status after 2020 not stated; the government found current law sufficient, so open-ended.',
    },
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.8', '6.12'],
    requires: 'limit',
    action: { da: 'job med løntilskud', en: 'job with wage subsidy' },
    schedule: {
      kind: 'min-elapsed',
      anchor: UNEMPLOYMENT_START,
      applies: offerOf('loentilskud'),
      minimum: after(26, 'week'),
    },
    exceptions: LT_EXCEPTIONS,
    notes: [
      {
        da: '"Over 50" læses som fyldt 50 på startdagen. 26 uger = tidligst dag 183 regnet fra første ledighedsdag (start + 182 dage).',
        en: '"Over 50" is read as aged 50 or more on the start day. 26 weeks = at the earliest the first day of unemployment + 182 days.',
      },
    ],
  }),
  rule({
    id: 'lab2015-jobrotation-prior-unemployment',
    title: {
      da: '26 ugers forudgående ledighed før ansættelse som jobrotationsvikar',
      en: '26 weeks of prior unemployment before hiring as a job-rotation substitute',
    },
    legalRef: {
      law: 'LAB',
      paragraph: '98b',
      stk: '1',
      nr: '1–2',
      printed: 'LAB § 98b, stk. 1, nr. 1–2',
    },
    source: [src(S000, '214–215'), src(S001, 'Tabel 1')],
    regime: 'lab2015',
    validity: {
      from: '2015-01-01',
      to: '2026-06-30',
      note: 'In force at trial. Jobrotation was abolished by lov nr. 1750 af 29/12/2025 (ref2026-jobrotation-abolished).',
    },
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5'],
    requires: 'limit',
    action: { da: 'jobrotationsvikariat', en: 'job-rotation substitute position' },
    schedule: {
      kind: 'min-elapsed',
      anchor: UNEMPLOYMENT_START,
      applies: offerOf('jobrotation'),
      minimum: after(26, 'week'),
    },
  }),
  info({
    id: 'lab-merbeskaeftigelse',
    title: {
      da: 'Merbeskæftigelse: en ansættelse med offentligt tilskud skal øge antallet af ansatte',
      en: 'Net increase: a subsidised hire must increase the number of employees',
    },
    legalRef: { law: 'LAB', printed: 'LAB (§ ikke angivet), merbeskæftigelseskrav' },
    source: [src(S000, '203')],
    regime: 'lab2015',
    validity: { from: '2015-01-01' },
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.8', '6.9', '6.12'],
    requires: 'limit',
  }),
];
