/**
 * The contact course for insured unemployed (LAB § 6, nr. 1) from 1 January
 * 2024 (L 129, 2022-23 = lov nr. 727 af 13/6/2023) and its numbers changed on
 * 1 July 2026 (L 66, 2025-26 = lov nr. 1750 af 29/12/2025):
 *
 * - the a-kasse holds the first interview within 2 weeks of registration
 *   (LAB § 31, stk. 4) and at least 3 interviews in the first 3 months
 *   (§ 31, stk. 1, 1. pkt.) — 2 from 1 July 2026;
 * - then, within the first 6 months, the jobcentre (from 2026: the
 *   municipality) holds at least 3 interviews (§ 31, stk. 1, 2. pkt.) — 2 from
 *   1 July 2026;
 * - the a-kasse takes part in a job interview by 16 months of unemployment
 *   (§ 32, stk. 2);
 * - from 1 July 2026 the municipality (and the a-kasse) may exempt up to 25 %
 *   of the group from the interviews and offers of the first 6 months: a
 *   caseworker's decision recorded on the case (`decision` event with
 *   `details.decision: 'contact-course-exemption'`). The 25 % quota binds the
 *   municipality across its caseload, not the citizen (src/rules/municipality.ts).
 *
 * Transitional rule: these rules govern spells that began on or after
 * 1 January 2024; a spell that began before keeps the 2020 rules
 * (contact-lab2020.ts) for its first 6 months.
 */
import type { Condition, EventMatch, Rule, RuleException } from '../model.ts';
import { after, rule, UNEMPLOYMENT_START, versioned, within } from './common.ts';
import { L66_SOURCES, L129_SOURCES, LOV_727_2023, LOV_1750_2025, MA_KASSE_2024 } from './laws.ts';

/** A job interview held by the a-kasse (`details.holder: 'a-kasse'`), in a form LAB § 33 allows. */
export const AKASSE_INTERVIEW: EventMatch = {
  types: ['job-interview'],
  details: { holder: 'a-kasse' },
  formPolicy: 'lab2020-jobsamtale-form',
  resettingOnly: true,
};
/** A job interview counted for the jobcentre's months 4–6, in a form LAB § 33 allows. */
const JOBCENTRE_INTERVIEW: EventMatch = {
  types: ['job-interview'],
  formPolicy: 'lab2020-jobsamtale-form',
  resettingOnly: true,
};

/** Spells that began under L 129 (the transitional rule: older spells keep the 2020 rules). */
export const SPELL_FROM_2024: Condition = { kind: 'spell-start-in', from: '2024-01-01' };

/** The caseworker's decision to exempt the person (LAB § 31 as amended by lov nr. 1750/2025). */
export const EXEMPTION_DECISION = 'contact-course-exemption';

export const EXEMPTION_25: RuleException = {
  id: 'ref2026-exemption-25pct',
  when: { kind: 'spell-decision', decision: EXEMPTION_DECISION },
  effect: { kind: 'waive' },
  priority: 20,
  description: {
    da: 'kommunen har truffet afgørelse om at undtage borgeren fra samtaler og tilbud i de første 6 måneder (højst 25 % af gruppen)',
    en: 'the municipality decided to exempt the person from interviews and offers in the first 6 months (at most 25 % of the group)',
  },
  legalRef: {
    law: 'lov nr. 1750 af 29/12/2025',
    printed: 'LAB § 31 som ændret ved lov nr. 1750 af 29/12/2025',
  },
  source: LOV_1750_2025.source,
};

const DECLINES: RuleException = {
  id: 'declines-akasse',
  when: { kind: 'spell-flag', flag: 'declines-akasse-participation' },
  effect: { kind: 'waive' },
  priority: 10,
  description: {
    da: 'borgeren ønsker ikke, at a-kassen deltager',
    en: 'the person does not want the a-kasse to take part',
  },
};

const EXEMPTION_VALUES = [
  { from: '2024-01-01', value: false, setBy: LOV_727_2023 },
  { from: '2026-07-01', value: true, setBy: LOV_1750_2025 },
] as const;

/** Three interviews each (L 129), two from 1 July 2026 (lov nr. 1750/2025), which also allows the exemption. */
const COUNTS_2024_2026 = {
  count: [
    { from: '2024-01-01', value: 3, setBy: LOV_727_2023 },
    { from: '2026-07-01', value: 2, setBy: LOV_1750_2025 },
  ],
  exemption: EXEMPTION_VALUES,
};

const TRANSITION = {
  da: 'Gælder ledighedsforløb, der begyndte 1. januar 2024 eller senere; tidligere forløb beholder 2020-reglerne i deres første 6 måneder. Tallene fra 1. juli 2026 gælder de forpligtelser, der forfalder fra den dag.',
  en: 'Applies to spells that began on or after 1 January 2024; earlier spells keep the 2020 rules for their first 6 months. The numbers of 1 July 2026 govern what falls due from that day.',
};

export const CONTACT_2024: readonly Rule[] = [
  rule({
    id: 'lab2024-dp-akasse-first-2w',
    title: {
      da: 'A-kassen holder første jobsamtale senest 2 uger efter tilmeldingen',
      en: 'The a-kasse holds the first job interview no later than 2 weeks after registration',
    },
    legalRef: { law: 'LAB', paragraph: '31', stk: '4', printed: 'LAB § 31, stk. 4' },
    source: [...L129_SOURCES],
    regime: 'lab2024',
    validity: { from: '2024-01-01' },
    targetGroups: ['6.1'],
    appliesWhen: SPELL_FROM_2024,
    requires: 'interview',
    action: { da: 'første jobsamtale i a-kassen', en: 'first job interview with the a-kasse' },
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      dueBy: after(2, 'week'),
      met: AKASSE_INTERVIEW,
    },
    transition: TRANSITION,
    notes: [
      {
        da: 'Fristen regnes fra ledighedsforløbets start, som vi sætter lig med tilmeldingen som jobsøgende. Om stk. 4 er ændret 1. juli 2026, kunne ikke fastslås; STAR oplyser, at første samtale holdes med alle jobparate ledige. Samtaler i a-kassen registreres med details.holder = "a-kasse".',
        en: 'The deadline counts from the spell start, which we take to be the registration as a jobseeker. Whether stk. 4 changed on 1 July 2026 could not be established; STAR says the first interview is held with every job-ready unemployed person. Interviews in the a-kasse are recorded with details.holder = "a-kasse".',
      },
    ],
  }),
  ...versioned(COUNTS_2024_2026, (p) =>
    rule({
      id: 'lab2024-dp-akasse-samtaler',
      title: {
        // One title for all versions: the worklist, the citizen page and `rules explain` name a rule by
        // its id, so a number here would be the wrong one on one side of 1 July 2026; the count is in
        // the obligation ("2 af 2 opfyldt") and in the version's parameters.
        da: 'A-kassens jobsamtaler i de første 3 måneder',
        en: "The a-kasse's job interviews in the first 3 months",
      },
      legalRef: {
        law: 'LAB',
        paragraph: '31',
        stk: '1',
        printed: 'LAB § 31, stk. 1, 1. pkt.',
      },
      source: p.exemption ? [...L66_SOURCES, ...L129_SOURCES] : [...L129_SOURCES, MA_KASSE_2024],
      regime: p.exemption ? 'ref2026' : 'lab2024',
      validity: { from: '2024-01-01' },
      targetGroups: ['6.1'],
      appliesWhen: SPELL_FROM_2024,
      requires: 'interview',
      action: { da: 'jobsamtale i a-kassen', en: 'job interview with the a-kasse' },
      schedule: {
        kind: 'count',
        anchor: UNEMPLOYMENT_START,
        period: within(3, 'month'),
        count: p.count,
        met: AKASSE_INTERVIEW,
      },
      exceptions: p.exemption ? [EXEMPTION_25] : [],
      transition: TRANSITION,
      notes: [
        {
          da: 'Overgangen til jobcentret sker, når der ved en måneds udgang er udbetalt mere end 410 dagpengetimer (MA). Sagen kender ikke de udbetalte timer, så vi bruger 3 måneder fra ledighedens start.',
          en: 'The hand-over to the jobcentre happens when more than 410 hours of dagpenge have been paid at the end of a month (MA). The case does not hold the hours paid, so we use 3 months from the start of unemployment.',
        },
      ],
    }),
  ),
  ...versioned(COUNTS_2024_2026, (p) =>
    rule({
      id: 'lab2024-dp-jobcenter-samtaler',
      title: {
        da: 'Kommunens jobsamtaler fra overgangen og inden 6 måneders ledighed',
        en: "The municipality's job interviews from the hand-over until 6 months of unemployment",
      },
      legalRef: {
        law: 'LAB',
        paragraph: '31',
        stk: '1',
        printed: 'LAB § 31, stk. 1, 2. pkt.',
      },
      source: p.exemption ? [...L66_SOURCES, ...L129_SOURCES] : [...L129_SOURCES],
      regime: p.exemption ? 'ref2026' : 'lab2024',
      validity: { from: '2024-01-01' },
      targetGroups: ['6.1'],
      appliesWhen: SPELL_FROM_2024,
      requires: 'interview',
      action: { da: 'jobsamtale i kommunen', en: 'job interview with the municipality' },
      schedule: {
        kind: 'count',
        anchor: UNEMPLOYMENT_START,
        windowStart: after(3, 'month'),
        period: within(6, 'month'),
        count: p.count,
        met: JOBCENTRE_INTERVIEW,
      },
      exceptions: p.exemption ? [EXEMPTION_25] : [],
      transition: TRANSITION,
      notes: [
        {
          da: 'Vinduet er fra 3 måneder efter ledighedens start til dagen før 6 måneder. Personen vælger, om a-kassen deltager i den første samtale i kommunen (§ 31, stk. 2). Personer visiteret til et kontaktforløb i jobcentret (§ 27, stk. 3: seks samtaler) er ikke indkodet.',
          en: 'The window runs from 3 months after the start of unemployment to the day before 6 months. The person chooses whether the a-kasse takes part in the first interview with the municipality (§ 31(2)). People referred to a contact course in the jobcentre (§ 27(3): six interviews) are not encoded.',
        },
      ],
    }),
  ),
  rule({
    id: 'lab2024-dp-faelles-16m',
    title: {
      da: 'Jobsamtale med a-kassen senest ved 16 måneders ledighed (intensiveret indsats)',
      en: 'Job interview with the a-kasse no later than 16 months of unemployment (intensified effort)',
    },
    legalRef: { law: 'LAB', paragraph: '32', stk: '2', printed: 'LAB § 32, stk. 2' },
    source: [...L129_SOURCES, L66_SOURCES[1]],
    regime: 'lab2024',
    validity: { from: '2024-01-01' },
    targetGroups: ['6.1'],
    requires: 'joint-meeting',
    action: { da: 'fælles jobsamtale ved 16 måneder', en: 'joint interview at 16 months' },
    schedule: {
      kind: 'once',
      anchor: UNEMPLOYMENT_START,
      dueBy: after(16, 'month'),
      met: { types: ['joint-meeting'] },
    },
    exceptions: [DECLINES],
    notes: [
      {
        da: 'STAR oplyser, at kravet består efter reformen i 2026. Ved samtalen skal kommunen tilbyde en obligatorisk intensiveret indsats (ikke kontrolleret). Overgangsregler for forløb, der begyndte før 2024, kunne ikke fastslås; reglen gælder det, der forfalder fra 1. januar 2024.',
        en: 'STAR says the requirement stays after the 2026 reform. At the interview the municipality must offer an obligatory intensified effort (not checked). Transitional rules for spells begun before 2024 could not be established; the rule governs what falls due from 1 January 2024.',
      },
    ],
  }),
];
