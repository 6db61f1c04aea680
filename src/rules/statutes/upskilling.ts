/**
 * Upskilling and education for dagpenge recipients. Source:
 * `000_213603cd5354bb1f.txt` pp. 109–110; `001_5174f690df2087eb.txt` Tabel 3.
 */
import type { Rule } from '../model.ts';
import {
  info,
  LAB2015,
  LAB2020,
  offerOf,
  rule,
  S000,
  S001,
  src,
  UNEMPLOYMENT_START,
  within,
} from './common.ts';

export const UPSKILLING: readonly Rule[] = [
  rule({
    id: 'lab2015-upskilling-6w-in-26w',
    title: {
      da: 'Højst 6 ugers vejledning og opkvalificering inden for de første 26 ugers ledighed',
      en: 'At most 6 weeks of guidance and upskilling within the first 26 weeks of unemployment',
    },
    legalRef: { law: 'LAB', paragraph: '34', printed: 'LAB § 34' },
    source: [src(S000, '109–110')],
    regime: 'lab2015',
    validity: { ...LAB2015, note: 'Removed by lov nr. 548 from 2020-01-01.' },
    targetGroups: ['6.1'],
    // Under 30 with a competence-giving education, or 30 and over (age at the spell start).
    appliesWhen: {
      kind: 'any',
      conditions: [
        { kind: 'age-at-least', years: 30 },
        { kind: 'citizen-fact', fact: 'qualifying-education' },
      ],
    },
    requires: 'limit',
    action: { da: 'vejledning og opkvalificering', en: 'guidance and upskilling' },
    schedule: {
      kind: 'cap',
      anchor: UNEMPLOYMENT_START,
      window: within(26, 'week'),
      applies: offerOf('vejledning-opkvalificering'),
      maxDays: 42,
    },
    notes: [
      {
        da: '6 uger = 42 kalenderdage af tilbudsperioder (dato–slutdato, begge dage med), talt inden for dag 1–182 af ledigheden.',
        en: '6 weeks = 42 calendar days of offer periods (date to end date, both included), counted within days 1–182 of unemployment.',
      },
    ],
  }),
  rule({
    id: 'lab2015-no-qualifying-education-u30',
    title: {
      da: 'Ingen studie- eller erhvervskompetencegivende uddannelse til dagpengemodtagere under 30',
      en: 'No study- or vocationally qualifying education for dagpenge recipients under 30',
    },
    legalRef: { law: 'LAB', paragraph: '37', printed: 'LAB § 37' },
    source: [src(S000, '109–110')],
    regime: 'lab2015',
    validity: {
      from: '2015-01-01',
      note: 'Valid-to uncertain in source; the trial shows the under-30 restriction continued after 2020, so it is open-ended.',
    },
    targetGroups: ['6.1'],
    requires: 'limit',
    action: { da: 'kompetencegivende uddannelse', en: 'qualifying education' },
    schedule: {
      kind: 'forbidden',
      applies: { types: ['offer'], details: { offerKind: 'education', qualifying: true } },
    },
    exceptions: [
      {
        id: 'age-30-or-over',
        when: { kind: 'age-at-least', years: 30 },
        effect: { kind: 'waive' },
        priority: 10,
        description: {
          da: 'borgeren er fyldt 30 ved uddannelsens start',
          en: 'the person is 30 or over at the start of the education',
        },
      },
    ],
  }),
  info({
    id: 'lab2020-upskilling-june2020',
    title: {
      da: 'Styrkede muligheder for tidlig, behovsbaseret opkvalificering (juni 2020)',
      en: 'Stronger options for early, needs-based upskilling (June 2020)',
    },
    legalRef: {
      law: 'Politiske aftaler juni 2020 om opkvalificering',
      printed: 'Aftaler juni 2020',
    },
    basis: 'agreement',
    source: [src(S001, 'Tabel 3')],
    regime: 'lab2020',
    validity: { ...LAB2020, from: '2020-06-01', note: 'Month from the agreements; day chosen.' },
    targetGroups: ['6.1'],
    requires: 'offer',
  }),
];
