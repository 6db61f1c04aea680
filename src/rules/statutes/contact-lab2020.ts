/**
 * The simplified contact course from 1 January 2020: LAB §§ 31–32.
 * Source: `000_213603cd5354bb1f.txt` p. 55.
 */
import type { EventMatch, Rule } from '../model.ts';
import { after, info, LAB2020, rule, S000, src, UNEMPLOYMENT_START, within } from './common.ts';
import { CONTACT_COURSE_GROUPS } from './interview-form-content.ts';

/** § 31 stk. 1 interviews: individual job interviews in a form LAB § 33 allows. Joint meetings are extra. */
const INTERVIEWS_2020: EventMatch = {
  types: ['job-interview'],
  formPolicy: 'lab2020-jobsamtale-form',
  resettingOnly: true,
};
const AKASSE_MEETING: EventMatch = { types: ['joint-meeting'] };

const DECLINES = {
  id: 'declines-akasse',
  when: { kind: 'spell-flag', flag: 'declines-akasse-participation' } as const,
  effect: { kind: 'waive' } as const,
  priority: 10,
  description: {
    da: 'borgeren ønsker ikke, at a-kassen deltager',
    en: 'the person does not want the a-kasse to take part',
  },
};

export const CONTACT_LAB2020: readonly Rule[] = [
  rule({
    id: 'lab2020-kontaktforloeb-min4',
    title: {
      da: 'Mindst fire individuelle jobsamtaler i de første seks måneder',
      en: 'At least four individual job interviews in the first six months',
    },
    legalRef: { law: 'LAB', paragraph: '31', stk: '1', printed: 'LAB § 31, stk. 1 (jf. § 9)' },
    source: [src(S000, '55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: CONTACT_COURSE_GROUPS,
    // § 6 nr. 9 only while on ledighedsydelse.
    appliesWhen: {
      kind: 'any',
      conditions: [
        { kind: 'not', condition: { kind: 'target-group', groups: ['6.9'] } },
        { kind: 'benefit', benefits: ['ledighedsydelse'] },
      ],
    },
    requires: 'interview',
    action: { da: 'jobsamtale', en: 'job interview' },
    allowedForms: ['in-person'],
    schedule: {
      kind: 'count',
      anchor: UNEMPLOYMENT_START,
      period: within(6, 'month'),
      count: 4,
      met: INTERVIEWS_2020,
    },
    notes: [
      {
        da: 'Ingen fast kadence. Samtaler med a-kassen efter § 31, stk. 2 holdes ud over de fire og tæller ikke med. For et forløb, der begyndte før 1. januar 2020, tæller samtaler holdt i 2019 med, når de ligger i de første seks måneder.',
        en: 'No fixed cadence. Meetings with the a-kasse under § 31(2) are held in addition to the four and do not count. For a spell that began before 1 January 2020, interviews held in 2019 count when they fall in the first six months.',
      },
    ],
  }),
  rule({
    id: 'lab2020-dp-akasse-samtale-early',
    title: {
      da: 'Jobsamtale med a-kassen senest efter 3 måneders ledighed, når der er behov',
      en: 'Job interview with the a-kasse by 3 months of unemployment, when needed',
    },
    legalRef: {
      law: 'LAB',
      paragraph: '31',
      stk: '2',
      nr: '1',
      printed: 'LAB § 31, stk. 2, nr. 1',
    },
    source: [src(S000, '55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: ['6.1'],
    // Only when the a-kasse judges it needed or the jobcentre or the person asks for it.
    appliesWhen: { kind: 'spell-flag', flag: 'akasse-early-meeting-requested' },
    requires: 'joint-meeting',
    action: { da: 'samtale med a-kassen', en: 'meeting with the a-kasse' },
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      dueBy: within(3, 'month'),
      met: AKASSE_MEETING,
    },
    exceptions: [DECLINES],
    notes: [
      {
        da: 'Behovet registreres som forløbsflaget "akasse-early-meeting-requested".',
        en: 'The need is recorded as the spell flag "akasse-early-meeting-requested".',
      },
    ],
  }),
  rule({
    id: 'lab2020-dp-akasse-samtale-3to6',
    title: {
      da: 'Jobsamtale med a-kassen mellem 3 og 6 måneders ledighed',
      en: 'Job interview with the a-kasse between 3 and 6 months of unemployment',
    },
    legalRef: {
      law: 'LAB',
      paragraph: '31',
      stk: '2',
      nr: '2',
      printed: 'LAB § 31, stk. 2, nr. 2',
    },
    source: [src(S000, '55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: ['6.1'],
    requires: 'joint-meeting',
    action: { da: 'samtale med a-kassen', en: 'meeting with the a-kasse' },
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      windowStart: after(3, 'month'),
      dueBy: within(6, 'month'),
      met: AKASSE_MEETING,
    },
    exceptions: [DECLINES],
  }),
  info({
    id: 'lab2020-kontaktforloeb-after-6m',
    title: {
      da: 'Efter 6 måneder aftales kontaktforløbet; ret til samtale på anmodning',
      en: 'After 6 months the contact course is agreed; right to an interview on request',
    },
    legalRef: { law: 'LAB', paragraph: '32', printed: 'LAB § 32' },
    source: [src(S000, '55')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: CONTACT_COURSE_GROUPS,
    requires: 'interview',
  }),
  info({
    id: 'lab2020-tilbud-exempt-groups',
    title: {
      da: 'Fritagelse for tilbud (ikke samtaler) ved arbejdsfordeling, vejrlig, job inden for 6 uger m.v.',
      en: 'Exemption from offers (not interviews) for work-sharing, weather, a job within 6 weeks etc.',
    },
    legalRef: { law: 'LAB', printed: 'LAB (Tabel 7)' },
    source: [src(S000, '54')],
    regime: 'lab2020',
    validity: LAB2020,
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5'],
    requires: 'offer',
  }),
];
