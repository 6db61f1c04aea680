/**
 * Formkrav ved lovpligtige samtaler — exemption from the form, content and
 * cadence of statutory interviews. Part A: insured unemployed (6.1), nine
 * municipalities (`000_213603cd5354bb1f.txt` pp. 7–59, options per municipality
 * in Tabel 4 pp. 23–24). Part B: other target groups in four municipalities
 * (pp. 60–92; groups in Tabel 2 pp. 69–70; procedures p. 71).
 *
 * Operations carry an `option` ('form-group', 'form-phone', 'content',
 * 'cadence'); each municipality leaves out the options it did not use and
 * names the local variants it did.
 */
import type { InterviewForm } from '../case-format.ts';
import type { Condition, Rule } from '../model.ts';
import { DAGPENGE_LAB2015 } from '../statutes/dagpenge-lab2015.ts';
import {
  AALBORG,
  BEK_1184,
  BROENDERSLEV,
  FREDERIKSHAVN,
  HJOERRING,
  JAMMERBUGT,
  MARIAGERFJORD,
  muni,
  REBILD,
  S000,
  S001,
  src,
  THISTED,
  VESTHIMMERLAND,
} from './common.ts';
import type { Trial, TrialOperation } from './model.ts';

const FIRST_JOINT = DAGPENGE_LAB2015.find((r) => r.id === 'lab2015-dp-faellessamtale-first')!;

const FORM_RULES = ['lab2015-jobsamtale-form', 'lab2020-jobsamtale-form'] as const;

/** Phone/video: sub-groups of insured unemployed, people in offers, and every B group. */
const PHONE_WHEN: Condition = {
  kind: 'any',
  conditions: [
    { kind: 'sub-group', subGroups: ['seasonal-worker', 'part-time', 'job-within-8-weeks'] },
    { kind: 'in-offer' },
    { kind: 'not', condition: { kind: 'target-group', groups: ['6.1'] } },
  ],
};

const form = (
  addForms: readonly InterviewForm[],
  option: string,
  description: { da: string; en: string },
  when?: Condition,
): TrialOperation[] =>
  FORM_RULES.map((ruleId) => ({
    op: 'relax-form' as const,
    ruleId,
    addForms,
    option,
    description,
    ...(when ? { when } : {}),
  }));

const CADENCE_RULES = [
  'lab2015-dp-jobsamtale-cadence',
  'lab2015-dp-jobsamtale-count',
  'lab2015-akt-kh-koordinerende-samtaler',
  'lab2015-akt-udh-samtaler',
  'lab2015-ly-kontaktforloeb',
  'lab2020-kontaktforloeb-min4',
];

const CONTENT_FREE = {
  op: 'relax-content' as const,
  ruleId: 'lab2015-jobsamtale-content',
  dropItems: ['cv-check', 'offer-needs'],
  option: 'content',
};

const JOINT_2ND_OR_3RD: Rule = {
  ...FIRST_JOINT,
  id: 'fk2-faellessamtale-2nd-or-3rd',
  title: {
    da: '1. fællessamtale med a-kassen ved 2. eller 3. samtale (frikommuneforsøg)',
    en: '1st joint meeting with the a-kasse at the 2nd or 3rd interview (free-municipality trial)',
  },
  source: [src(S000, '23–24, 26')],
  schedule: {
    kind: 'nth-event',
    anchor: {
      kind: 'spell-start',
      label: { da: 'ledighedens start', en: 'start of unemployment' },
    },
    counted: { types: ['job-interview', 'joint-meeting'], formPolicy: 'lab2015-jobsamtale-form' },
    target: { types: ['joint-meeting'] },
    positions: [2, 3],
    fallbackDue: { n: 12, unit: 'week', counting: 'period' },
  },
  notes: [
    {
      da: 'Fristen er datoen for samtale nr. 3. Indtil der er holdt 3 samtaler, bruger vi 12 uger fra ledighedens start (3 samtaler med 4 ugers mellemrum) — vores valg; kilden giver ingen dato.',
      en: 'The deadline is the date of interview no. 3. Until three interviews have been held we use 12 weeks from the start of unemployment (three interviews 4 weeks apart) — our choice; the source gives no date.',
    },
  ],
};

/**
 * Aalborg's third joint meeting "v. 12 måneders ledighed" (000_213603cd5354bb1f.txt
 * line 1018, Tabel 4 p. 23). The source gives one point in time; like its 8–10
 * weeks and 5–7 months we read it as a window of a month either side: 11 to 13
 * months of unemployment (our choice). It exists only under the trial: the
 * condition Aalborg attached to moving the first two joint meetings.
 */
const AALBORG_JOINT_3RD: Rule = {
  ...FIRST_JOINT,
  id: 'fk2-aalborg-faellessamtale-3rd',
  title: {
    da: '3. fællessamtale med a-kassen ved 12 måneders ledighed (Aalborg, frikommuneforsøg)',
    en: '3rd joint meeting with the a-kasse at 12 months of unemployment (Aalborg, free-municipality trial)',
  },
  legalRef: {
    law: 'Bek. nr. 1184 af 25/11/2019',
    printed: 'Frikommuneforsøg (Bek. nr. 1184 af 25/11/2019), Aalborgs forsøgsbeskrivelse',
  },
  source: [src(S000, '23 (line 1018)')],
  schedule: {
    kind: 'once',
    anchor: {
      kind: 'spell-start',
      label: { da: 'ledighedens start', en: 'start of unemployment' },
    },
    windowStart: { n: 11, unit: 'month', counting: 'elapsed' },
    dueBy: { n: 13, unit: 'month', counting: 'elapsed' },
    met: { types: ['joint-meeting'] },
  },
  notes: [
    {
      da: 'Kilden siger "ved 12 måneders ledighed"; vinduet 11–13 måneder er vores valg (som 8–10 uger og 5–7 måneder).',
      en: 'The source says "at 12 months of unemployment"; the 11–13 month window is our choice (like 8–10 weeks and 5–7 months).',
    },
  ],
};

/**
 * "Forsøget forlænges et år mens effekterne af digitale samtaler undersøges
 * nærmere" (001_5174f690df2087eb.txt line 19, Tabel 1, the government's decision
 * of 26 August 2021). The legal basis then ran to 31 December 2021 (Bek. nr. 1184
 * af 25/11/2019; 000 p. 60), so one year more ends on 31 December 2022. Part B was
 * running when the decision was made and is extended; part A had ended on
 * 31 December 2020 (p. 8) and is not. The executive order that carried out the
 * extension is not in the sources: this end date is derived, not read.
 */
const END_EXTENDED = '2022-12-31';

/**
 * Where the cadence is set individually, what remains is the agreement on the
 * next interview: each interview agrees the date of the next
 * (`details.nextInterviewBy`), and the next interview is due by then
 * (Bek. nr. 1003 af 30/08/2015 § 32 nr. 5, 000_213603cd5354bb1f.txt p. 19;
 * "kadencen fastlægges individuelt", p. 23).
 */
const AGREED_NEXT: Rule = {
  ...FIRST_JOINT,
  id: 'fk2-formkrav-agreed-next-interview',
  title: {
    da: 'Næste samtale holdes senest på den aftalte dato (individuel kadence, frikommuneforsøg)',
    en: 'The next interview is held by the agreed date (individual cadence, free-municipality trial)',
  },
  legalRef: {
    law: 'Bek. nr. 1003 af 30/08/2015',
    paragraph: '32',
    nr: '5',
    printed: 'Bek. nr. 1003 af 30/08/2015 § 32, nr. 5 (aftale om det videre kontaktforløb)',
  },
  source: [src(S000, '19, 23')],
  validity: { from: '2017-07-01', to: END_EXTENDED },
  targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'],
  requires: 'interview',
  action: { da: 'næste aftalte samtale', en: 'next agreed interview' },
  schedule: {
    kind: 'agreed-next',
    applies: { types: ['job-interview', 'joint-meeting'] },
    met: { types: ['job-interview', 'joint-meeting'] },
    dateKey: 'nextInterviewBy',
  },
  notes: [],
};

export const FK2_FORMKRAV_SAMTALER: Trial = {
  id: 'fk2-formkrav-samtaler',
  title: {
    da: 'Formkrav ved lovpligtige samtaler (forsikrede ledige; øvrige målgrupper)',
    en: 'Form requirements for statutory interviews (insured unemployed; other target groups)',
  },
  legalBasis: BEK_1184,
  source: [src(S000, '7–59, 60–92'), src(S001, 'Tabel 1')],
  scope: {
    municipalities: [
      // Part A: insured unemployed, July 2017 to December 2020 (p. 8).
      muni(AALBORG, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        excludeOperations: ['cadence'],
        variants: ['content-free', 'aalborg-joint-meetings'],
      }),
      muni(BROENDERSLEV, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        variants: ['content-free', 'joint-meeting-2nd-or-3rd', 'phone-newly-unemployed'],
      }),
      muni(FREDERIKSHAVN, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        variants: ['content-free', 'joint-meeting-2nd-or-3rd'],
      }),
      muni(HJOERRING, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        variants: ['content-free', 'joint-meeting-2nd-or-3rd'],
      }),
      muni(JAMMERBUGT, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        variants: ['content-free', 'joint-meeting-2nd-or-3rd', 'phone-all'],
      }),
      muni(MARIAGERFJORD, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        excludeOperations: ['cadence'],
        variants: ['content-free', 'nulstillende-3rd'],
      }),
      muni(REBILD, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        excludeOperations: ['cadence'],
        variants: ['content-free', 'joint-meeting-2nd-or-3rd'],
        note: "Sources conflict on Rebild's form option (Tabel 1 vs Tabel 4); we follow Tabel 4.",
      }),
      muni(THISTED, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        excludeOperations: ['form-group', 'form-phone', 'cadence'],
        variants: ['phone-seasonal-only'],
      }),
      muni(VESTHIMMERLAND, '2017-07-01', '2020-12-31', {
        part: 'A',
        targetGroups: ['6.1'],
        excludeOperations: ['form-group'],
        variants: ['content-free-first-full', 'joint-meeting-2nd-or-3rd', 'phone-all'],
      }),
      // Part B: other target groups (Tabel 2, pp. 69–70); continued to end 2021 (p. 60), then
      // extended one year (001 line 19): see END_EXTENDED.
      muni(FREDERIKSHAVN, '2017-07-01', END_EXTENDED, {
        part: 'B',
        targetGroups: ['6.2', '6.3', '6.8'],
        variants: ['content-free-first-full'],
      }),
      muni(JAMMERBUGT, '2017-07-01', END_EXTENDED, {
        part: 'B',
        targetGroups: ['6.6', '6.4', '6.5'],
        variants: ['content-free-first-full'],
      }),
      muni(REBILD, '2017-07-01', END_EXTENDED, {
        part: 'B',
        targetGroups: ['6.6'],
        excludeOperations: ['content'],
        note: 'Rebild used form and cadence only (p. 70).',
      }),
      muni(VESTHIMMERLAND, '2017-09-01', END_EXTENDED, {
        part: 'B',
        targetGroups: ['6.2', '6.3', '6.10', '6.6', '6.9', '6.8', '6.4', '6.5', '6.7'],
        variants: ['content-free-first-full'],
      }),
    ],
    targetGroups: ['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10'],
    // "undtaget sygedagpengemodtagere de første 8 uger" (p. 70).
    fromSpellOffset: { n: 8, unit: 'week', counting: 'elapsed' },
    fromSpellOffsetGroups: ['6.6'],
    defaultEnd: END_EXTENDED,
  },
  operations: [
    ...form(['group', 'via-other'], 'form-group', {
      da: 'gruppesamtaler/workshops og samtaler via andre (virksomhedskonsulent, mentor, tilbudsgiver) tæller som lovpligtige samtaler',
      en: 'group interviews/workshops and interviews via others (company consultant, mentor, offer provider) count as statutory interviews',
    }),
    ...form(
      ['phone', 'video'],
      'form-phone',
      {
        da: 'telefon- eller digitale samtaler for sæsonledige, deltidsforsikrede, ledige på vej i job inden for 8 uger, ledige i tilbud og alle B-målgrupper',
        en: 'phone or digital interviews for seasonal workers, part-time insured, people starting a job within 8 weeks, people in offers and every B group',
      },
      PHONE_WHEN,
    ),
    {
      op: 'add-rule',
      rule: AGREED_NEXT,
      option: 'cadence',
      description: {
        da: 'ved hver samtale aftales datoen for næste samtale, som holdes senest den dag',
        en: 'each interview agrees the date of the next, which is held by that day',
      },
    },
    ...CADENCE_RULES.map(
      (ruleId): TrialOperation => ({
        op: 'waive',
        ruleId,
        option: 'cadence',
        description: {
          da: 'samtalernes kadence og antal fastlægges individuelt efter faglig vurdering (4 uger ± 2 og det faste antal fraviges)',
          en: 'the timing and number of interviews are set individually by professional judgement (4 weeks ± 2 and the fixed number are set aside)',
        },
      }),
    ),
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'none',
    citizenConsent: false,
    subGoalsEndExemption: false,
    namedResponsible: true,
    // "fastlægges individuelt efter faglig vurdering" (p. 23): per citizen, by decision.
    decisionOptions: ['cadence'],
    other: [
      {
        da: 'Registreringspraksis og revisionsgodkendelse fastlægges på forhånd; ledelsestilsynet tilpasses samtalernes indhold; nulstillende samtaler registreres korrekt i fagsystemet (s. 71).',
        en: 'Registration practice and audit approval are fixed in advance; management review covers interview content; nulstillende interviews are registered correctly in the case system (p. 71).',
      },
      {
        da: 'Telefon må ikke være eneste kontaktform; første samtale og samtaler med større beslutninger bør holdes ved fremmøde (del A, s. 25–26).',
        en: 'Phone must not be the only contact form; the first interview and interviews with major decisions should be in person (part A, pp. 25–26).',
      },
    ],
  },
  localVariants: [
    {
      id: 'content-free',
      title: {
        da: 'Frit indhold: to obligatoriske emner (opfølgning på plan og jobsøgning; aftaler om det videre forløb)',
        en: 'Free content: two mandatory topics (follow-up on plan and job search; agreements for the further course)',
      },
      operations: [
        {
          ...CONTENT_FREE,
          description: {
            da: 'kun opfølgning på jobsøgning og aftale om det videre forløb er obligatorisk indhold',
            en: 'only follow-up on the job search and the agreement on the further course are mandatory content',
          },
        },
      ],
      source: src(S000, '23–24'),
    },
    {
      id: 'content-free-first-full',
      title: {
        da: 'Frit indhold, men 1. samtale altid med fuldt lovpligtigt indhold',
        en: 'Free content, but the 1st interview always with the full statutory content',
      },
      operations: [
        {
          ...CONTENT_FREE,
          keepForFirst: true,
          description: {
            da: 'frit indhold efter 1. samtale, som altid har det fulde lovpligtige indhold',
            en: 'free content after the 1st interview, which always has the full statutory content',
          },
        },
      ],
      source: src(S000, '23–24, 71'),
    },
    {
      id: 'joint-meeting-2nd-or-3rd',
      title: {
        da: '1. fællessamtale udskydes til 2. eller 3. samtale',
        en: 'The 1st joint meeting is moved to the 2nd or 3rd interview',
      },
      operations: [
        {
          op: 'replace',
          ruleId: 'lab2015-dp-faellessamtale-first',
          replacement: JOINT_2ND_OR_3RD,
          option: 'cadence-joint-meeting',
          description: {
            da: 'den første fællessamtale skal ligge ved 2. eller 3. samtale',
            en: 'the first joint meeting must be at the 2nd or 3rd interview',
          },
        },
      ],
      source: src(S000, '23–24'),
    },
    {
      id: 'aalborg-joint-meetings',
      title: {
        da: 'Fællessamtaler ved 8–10 ugers, 5–7 måneders og 12 måneders ledighed (Aalborg)',
        en: 'Joint meetings at 8–10 weeks, 5–7 months and 12 months of unemployment (Aalborg)',
      },
      operations: [
        {
          op: 'relax-deadline',
          ruleId: 'lab2015-dp-faellessamtale-first',
          windowStart: { n: 8, unit: 'week', counting: 'elapsed' },
          dueBy: { n: 10, unit: 'week', counting: 'elapsed' },
          option: 'cadence-joint-meeting',
          description: {
            da: '1. fællessamtale ved 8–10 ugers ledighed',
            en: '1st joint meeting at 8–10 weeks of unemployment',
          },
        },
        {
          op: 'relax-deadline',
          ruleId: 'lab2015-dp-faellessamtale-second',
          windowStart: { n: 5, unit: 'month', counting: 'elapsed' },
          dueBy: { n: 7, unit: 'month', counting: 'elapsed' },
          option: 'cadence-joint-meeting',
          description: {
            da: '2. fællessamtale ved 5–7 måneders ledighed',
            en: '2nd joint meeting at 5–7 months of unemployment',
          },
        },
        {
          op: 'add-rule',
          rule: AALBORG_JOINT_3RD,
          option: 'cadence-joint-meeting',
          description: {
            da: '3. fællessamtale ved 12 måneders ledighed',
            en: '3rd joint meeting at 12 months of unemployment',
          },
        },
      ],
      source: src(S000, '23 (lines 1012–1018)'),
    },
    {
      id: 'nulstillende-3rd',
      title: {
        da: 'En 3. fællessamtale tæller som nulstillende (Mariagerfjord)',
        en: 'A 3rd joint meeting counts as nulstillende (Mariagerfjord)',
      },
      operations: [
        {
          op: 'change-match',
          ruleId: 'lab2015-dp-jobsamtale-count',
          maxPerType: { 'joint-meeting': 3 },
          option: 'cadence-joint-meeting',
          description: {
            da: 'en 3. fællessamtale tæller med blandt de seks samtaler',
            en: 'a 3rd joint meeting counts among the six interviews',
          },
        },
      ],
      source: src(S000, '24'),
    },
    {
      id: 'phone-all',
      title: {
        da: 'Telefonsamtaler for alle efter individuel vurdering',
        en: 'Phone interviews for everyone after an individual assessment',
      },
      operations: form(['phone', 'video'], 'form-phone-all', {
        da: 'telefon- eller digitale samtaler for alle efter individuel vurdering',
        en: 'phone or digital interviews for everyone after an individual assessment',
      }),
      source: src(S000, '23–24'),
    },
    {
      id: 'phone-newly-unemployed',
      title: {
        da: 'Telefonsamtaler for nyledige op til 26 uger (Brønderslev)',
        en: 'Phone interviews for the newly unemployed up to 26 weeks (Brønderslev)',
      },
      operations: form(
        ['phone', 'video'],
        'form-phone-newly',
        {
          da: 'telefonsamtaler i de første 26 ugers ledighed',
          en: 'phone interviews in the first 26 weeks of unemployment',
        },
        {
          kind: 'not',
          condition: {
            kind: 'since-spell-start',
            atLeast: { n: 26, unit: 'week', counting: 'elapsed' },
          },
        },
      ),
      source: src(S000, '23'),
    },
    {
      id: 'phone-seasonal-only',
      title: {
        da: 'Telefonsamtaler kun for sæsonledige (Thisted)',
        en: 'Phone interviews for seasonal workers only (Thisted)',
      },
      operations: form(
        ['phone'],
        'form-phone-seasonal',
        { da: 'telefonsamtaler for sæsonledige', en: 'phone interviews for seasonal workers' },
        { kind: 'sub-group', subGroups: ['seasonal-worker'] },
      ),
      source: src(S000, '24'),
    },
  ],
  decision: 'T1',
  notes: [
    {
      da: 'Sygedagpengemodtagere (6.6) i del B: forsøget dækker fra uge 9. Sygedagpengeopfølgningens frister står ikke i kilderne (sdp-first-followup er kun katalogiseret), så forsøget ændrer ingen beregnet frist for 6.6.',
      en: 'Sickness-benefit recipients (6.6) in part B: the trial covers them from week 9. The follow-up deadlines are not in the sources (sdp-first-followup is catalogued only), so the trial changes no computed deadline for 6.6.',
    },
    {
      da: 'Regeringen forlængede forsøget ét år (001, Tabel 1, afgørelse af 26/8 2021). Del B løber derfor til 31/12 2022 (udledt: hjemlen løb til 31/12 2021); del A var slut 31/12 2020 og forlænges ikke. Den bekendtgørelse, der gennemførte forlængelsen, er ikke i kilderne.',
      en: 'The government extended the trial by one year (001, Tabel 1, decision of 26 Aug 2021). Part B therefore runs to 31 Dec 2022 (derived: the legal basis ran to 31 Dec 2021); part A had ended on 31 Dec 2020 and is not extended. The executive order that carried out the extension is not in the sources.',
    },
  ],
};
