/**
 * Contact course for insured unemployed (dagpenge, LAB § 6 nr. 1 / old § 2 nr. 1)
 * under the 2015 employment reform: "fælles intensiveret kontaktforløb".
 * Law at trial application: lov nr. 1342 af 21/11/2016.
 * Source: `000_213603cd5354bb1f.txt` pp. 16–17, 23, 26, 57.
 */
import type { EventMatch, Rule } from '../model.ts';
import { after, LAB2015, rule, S000, src, UNEMPLOYMENT_START, within } from './common.ts';

const LAW = 'LAB (2015-reformen), lov nr. 1342 af 21/11/2016';

/** Statutory interviews that count: in a permitted form, nulstillende, at most 2 joint meetings. */
export const INTERVIEWS_2015: EventMatch = {
  types: ['job-interview', 'joint-meeting'],
  formPolicy: 'lab2015-jobsamtale-form',
  resettingOnly: true,
  maxPerType: { 'joint-meeting': 2 },
};

const JOINT_MEETING: EventMatch = {
  types: ['joint-meeting'],
  formPolicy: 'lab2015-jobsamtale-form',
};

const INTERVIEW = { da: 'jobsamtale', en: 'job interview' };
const JOINT = { da: 'fællessamtale med a-kassen', en: 'joint meeting with the a-kasse' };

export const DAGPENGE_LAB2015: readonly Rule[] = [
  rule({
    id: 'lab2015-dp-jobsamtale-count',
    title: {
      da: 'Seks jobsamtaler i de første seks måneders ledighed',
      en: 'Six job interviews in the first six months of unemployment',
    },
    legalRef: { law: LAW, printed: 'LAB (2015), fælles intensiveret kontaktforløb' },
    // 000 pp. 16–17: "6 personlige jobsamtaler inden for de første 6 måneders ledighed"
    source: [src(S000, '16–17')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: ['6.1'],
    requires: 'interview',
    action: INTERVIEW,
    allowedForms: ['in-person'],
    // "within the first 6 months": the period starts on the first day of unemployment.
    schedule: {
      kind: 'count',
      anchor: UNEMPLOYMENT_START,
      period: within(6, 'month'),
      count: 6,
      met: INTERVIEWS_2015,
    },
    notes: [
      {
        da: 'De to fællessamtaler tæller med blandt de seks; yderligere fællessamtaler tæller ikke, medmindre et forsøg siger det.',
        en: 'The two joint meetings count among the six; further joint meetings do not, unless a trial says so.',
      },
      {
        da: 'Sæsonarbejdere med job at vende tilbage til er omfattet (ingen undtagelse i kilden).',
        en: 'Seasonal workers with a job to return to are covered (no exception in the source).',
      },
    ],
  }),
  rule({
    id: 'lab2015-dp-jobsamtale-cadence',
    title: {
      da: 'Jobsamtale ca. hver 4. uge (4 uger ± 2 uger)',
      en: 'A job interview about every 4 weeks (4 weeks ± 2 weeks)',
    },
    legalRef: { law: LAW, printed: 'LAB (2015), kadence 4 uger ± 2 uger' },
    // 000 pp. 17, 23, 26
    source: [src(S000, '17, 23, 26')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: ['6.1'],
    requires: 'interview',
    action: INTERVIEW,
    // The next interview falls 4 weeks ± 2 weeks after the previous one: days 14–42 after it.
    schedule: {
      kind: 'cadence',
      anchor: UNEMPLOYMENT_START,
      startFrom: 'anchor',
      minGap: after(2, 'week'),
      maxGap: after(6, 'week'),
      horizon: within(6, 'month'),
      met: INTERVIEWS_2015,
    },
    notes: [
      {
        da: 'Kadencen gælder i de første 6 måneder. Første vindue går fra ledighedens start til 6 uger efter (første samtale er normalt fællessamtalen inden for 4 uger); derefter 2–6 uger efter den forrige samtale. En samtale før +2 uger tæller, men giver en advarsel.',
        en: 'The cadence applies in the first 6 months. The first window runs from the start of unemployment to 6 weeks after (the first interview is normally the joint meeting within 4 weeks); then 2–6 weeks after the previous interview. An interview before +2 weeks counts but raises a warning.',
      },
    ],
  }),
  rule({
    id: 'lab2015-dp-faellessamtale-first',
    title: {
      da: 'Første fællessamtale med a-kassen inden for de første 4 ugers ledighed',
      en: 'First joint meeting with the a-kasse within the first 4 weeks of unemployment',
    },
    legalRef: { law: LAW, printed: 'LAB (2015), første fællessamtale' },
    // 000 p. 16 (within 4 weeks); p. 57 a-kasse wording "inden tre til seks ugers ledighed"
    source: [src(S000, '16, 57')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: ['6.1'],
    requires: 'joint-meeting',
    action: JOINT,
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      dueBy: within(4, 'week'),
      met: JOINT_MEETING,
    },
    notes: [
      {
        da: 'Kilden er usikker (4 uger mod "3 til 6 uger" s. 57). Vi følger lovteksten s. 16: inden for de første 4 uger, dvs. senest dag 28 regnet med første ledighedsdag som dag 1.',
        en: 'The source is uncertain (4 weeks vs "3 to 6 weeks" p. 57). We follow the law text p. 16: within the first 4 weeks, i.e. by day 28 counting the first day of unemployment as day 1.',
      },
    ],
  }),
  rule({
    id: 'lab2015-dp-faellessamtale-second',
    title: {
      da: 'Anden fællessamtale med a-kassen i 5. eller 6. ledighedsmåned',
      en: 'Second joint meeting with the a-kasse in the 5th or 6th month of unemployment',
    },
    legalRef: { law: LAW, printed: 'LAB (2015), anden fællessamtale' },
    source: [src(S000, '16')],
    regime: 'lab2015',
    validity: LAB2015,
    targetGroups: ['6.1'],
    requires: 'joint-meeting',
    action: JOINT,
    // 5th month starts 4 months after the first day; the 6th month ends the day before 6 months.
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      windowStart: after(4, 'month'),
      dueBy: within(6, 'month'),
      met: JOINT_MEETING,
    },
  }),
];
