/**
 * The simplified contact course from 1 January 2020: LAB §§ 31–32.
 * Source: `000_213603cd5354bb1f.txt` p. 55.
 */
import type { EventMatch, Rule } from '../model.ts';
import {
  after,
  info,
  LAB2020,
  rule,
  S000,
  src,
  UNEMPLOYMENT_START,
  versioned,
  within,
} from './common.ts';
import { EXEMPTION_25 } from './contact-2024.ts';
import { CONTACT_COURSE_GROUPS } from './interview-form-content.ts';
import {
  L66_SOURCES,
  L129_TRANSITION_SOURCES,
  LOV_548_2019,
  LOV_727_2023,
  LOV_1750_2025,
} from './laws.ts';

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

/** L 129's transitional rule: a dagpenge spell begun before 2024 keeps the 2020 contact course. */
const BEFORE_2024 = { kind: 'spell-start-in', to: '2023-12-31' } as const;
/** § 31, stk. 2 (2020) was replaced on 1 January 2024; a spell begun on 31 December 2023 has its 6 months end on 30 June 2024. */
const A_KASSE_2020 = {
  from: '2020-01-01',
  to: '2024-06-30',
  note: 'Replaced by lov nr. 727 af 13/6/2023 from 1 January 2024; kept for spells begun before it.',
};
const TRANSITION_2024 = {
  da: 'Ledighedsforløb, der begyndte før 1. januar 2024, beholder reglen for deres første 6 måneder (senest 30. juni 2024). Kilde: a-kasserne MA og NNF ("fortsætte i dit nuværende forløb hos Jobcenteret"); lovens egen overgangsbestemmelse er ikke læst.',
  en: 'Spells that began before 1 January 2024 keep the rule for their first 6 months (at the latest 30 June 2024). Source: the a-kasser MA and NNF ("continue in your current course at the jobcentre"); the law’s own transitional provision was not read.',
};

export const CONTACT_LAB2020: readonly Rule[] = [
  ...versioned(
    {
      paragraph: [
        { from: '2020-01-01', value: 'LAB § 31, stk. 1 (jf. § 9)', setBy: LOV_548_2019 },
        { from: '2024-01-01', value: 'LAB § 31, stk. 3 (jf. § 9)', setBy: LOV_727_2023 },
      ],
      exemption: [
        { from: '2020-01-01', value: false, setBy: LOV_548_2019 },
        { from: '2026-07-01', value: true, setBy: LOV_1750_2025 },
      ],
    },
    (p) =>
      rule({
        id: 'lab2020-kontaktforloeb-min4',
        title: {
          da: 'Mindst fire individuelle jobsamtaler i de første seks måneder',
          en: 'At least four individual job interviews in the first six months',
        },
        legalRef: {
          law: 'LAB',
          paragraph: '31',
          stk: p.paragraph.includes('stk. 3') ? '3' : '1',
          printed: p.paragraph,
        },
        source: p.exemption ? [src(S000, '55'), ...L66_SOURCES] : [src(S000, '55')],
        regime: p.exemption ? 'ref2026' : 'lab2020',
        validity: LAB2020,
        targetGroups: CONTACT_COURSE_GROUPS,
        // § 6 nr. 9 only while on ledighedsydelse; § 6 nr. 1 only for spells begun
        // before 2024 (L 129's transitional rule: contact-2024.ts governs later ones).
        appliesWhen: {
          kind: 'all',
          conditions: [
            {
              kind: 'any',
              conditions: [
                { kind: 'not', condition: { kind: 'target-group', groups: ['6.9'] } },
                { kind: 'benefit', benefits: ['ledighedsydelse'] },
              ],
            },
            {
              kind: 'any',
              conditions: [
                { kind: 'not', condition: { kind: 'target-group', groups: ['6.1'] } },
                { kind: 'spell-start-in', to: '2023-12-31' },
              ],
            },
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
        // From 1 July 2026 the municipality may exempt up to 25 % of the job-ready
        // (kontanthjælp, § 6 nr. 2) and people on ledighedsydelse (§ 6 nr. 9).
        exceptions: p.exemption
          ? [
              {
                ...EXEMPTION_25,
                when: {
                  kind: 'all',
                  conditions: [{ kind: 'target-group', groups: ['6.2', '6.9'] }, EXEMPTION_25.when],
                },
              },
            ]
          : [],
        notes: [
          {
            da: 'Ingen fast kadence. Samtaler med a-kassen efter § 31, stk. 2 (2020) holdes ud over de fire og tæller ikke med. For et forløb, der begyndte før 1. januar 2020, tæller samtaler holdt i 2019 med, når de ligger i de første seks måneder. Fra 1. juli 2026 kan kommunen undtage op til 25 % af jobparate kontanthjælpsmodtagere og ledighedsydelsesmodtagere; om reformen ændrede kravet for de øvrige grupper (6.3–6.5, 6.7, 6.8, 6.10), kunne ikke fastslås, så de beholder de fire samtaler.',
            en: 'No fixed cadence. Meetings with the a-kasse under § 31(2) (2020) are held in addition to the four and do not count. For a spell that began before 1 January 2020, interviews held in 2019 count when they fall in the first six months. From 1 July 2026 the municipality may exempt up to 25 % of job-ready kontanthjælp recipients and people on ledighedsydelse; whether the reform changed the requirement for the other groups (6.3–6.5, 6.7, 6.8, 6.10) could not be established, so they keep the four interviews.',
          },
        ],
      }),
  ),
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
    source: [src(S000, '55'), ...L129_TRANSITION_SOURCES],
    regime: 'lab2020',
    validity: A_KASSE_2020,
    targetGroups: ['6.1'],
    // Only when the a-kasse judges it needed or the jobcentre or the person asks for it.
    appliesWhen: {
      kind: 'all',
      conditions: [{ kind: 'spell-flag', flag: 'akasse-early-meeting-requested' }, BEFORE_2024],
    },
    transition: TRANSITION_2024,
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
    source: [src(S000, '55'), ...L129_TRANSITION_SOURCES],
    regime: 'lab2020',
    validity: A_KASSE_2020,
    targetGroups: ['6.1'],
    appliesWhen: BEFORE_2024,
    transition: TRANSITION_2024,
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
