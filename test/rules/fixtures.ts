/** Test fixtures: a fixture trial exercising every overlay mechanism, and a random case generator. */
import fc from 'fast-check';
import type { CaseFile } from '../../src/rules/case-format.ts';
import type { Rule } from '../../src/rules/model.ts';
import { DAGPENGE_LAB2015 } from '../../src/rules/statutes/dagpenge-lab2015.ts';
import type { Trial } from '../../src/rules/trials/model.ts';

const STATUTE_FIRST: Rule = DAGPENGE_LAB2015.find(
  (r) => r.id === 'lab2015-dp-faellessamtale-first',
)!;

export const FIXTURE_TRIAL: Trial = {
  id: 'fx-formkrav',
  title: { da: 'Testforsøg: formkrav', en: 'Test trial: form requirements' },
  legalBasis: { law: 'Bek. nr. 1184 af 25/11/2019', printed: 'Bek. nr. 1184 af 25/11/2019' },
  source: [{ file: '000_213603cd5354bb1f.txt', pages: '7–59' }],
  scope: {
    municipalities: [
      { code: '851', name: 'Aalborg', start: '2017-07-01', end: '2020-12-31' },
      {
        code: '820',
        name: 'Vesthimmerland',
        start: '2017-09-01',
        end: '2020-12-31',
        excludeRules: ['lab2015-dp-jobsamtale-cadence'],
        variants: ['first-full-content'],
      },
    ],
    targetGroups: ['6.1'],
  },
  operations: [
    {
      op: 'relax-form',
      ruleId: 'lab2015-jobsamtale-form',
      addForms: ['phone', 'group'],
      description: { da: 'telefon og gruppe tilladt', en: 'phone and group allowed' },
    },
    {
      op: 'relax-deadline',
      ruleId: 'lab2015-dp-faellessamtale-first',
      dueBy: { n: 12, unit: 'week', counting: 'period' },
      description: { da: 'fællessamtale flyttet', en: 'joint meeting moved' },
    },
    {
      op: 'waive',
      ruleId: 'lab2015-dp-jobsamtale-cadence',
      description: { da: '4 uger ± 2 fraveget', en: '4 weeks ± 2 waived' },
    },
  ],
  documentation: {
    journalNoteEachUse: true,
    personGroupMarker: 'before-use',
    citizenConsent: false,
    subGoalsEndExemption: true,
    namedResponsible: true,
  },
  localVariants: [
    {
      id: 'joint-meeting-2nd-or-3rd',
      title: {
        da: '1. fællessamtale ved 2. eller 3. samtale',
        en: '1st joint meeting at the 2nd or 3rd interview',
      },
      operations: [
        {
          op: 'replace',
          ruleId: 'lab2015-dp-faellessamtale-first',
          description: {
            da: 'fællessamtalen flyttes til 2. eller 3. samtale',
            en: 'the joint meeting moves to the 2nd or 3rd interview',
          },
          replacement: {
            ...STATUTE_FIRST,
            id: 'fx-faellessamtale-2nd-or-3rd',
            title: {
              da: '1. fællessamtale ved 2. eller 3. samtale',
              en: '1st joint meeting at the 2nd or 3rd interview',
            },
            schedule: {
              kind: 'nth-event',
              anchor: {
                kind: 'spell-start',
                label: { da: 'ledighedens start', en: 'start of unemployment' },
              },
              counted: { types: ['job-interview', 'joint-meeting'] },
              target: { types: ['joint-meeting'] },
              positions: [2, 3],
              fallbackDue: { n: 12, unit: 'week', counting: 'period' },
            },
          },
        },
      ],
    },
    {
      id: 'nulstillende-3rd',
      title: { da: '3. fællessamtale er nulstillende', en: 'a 3rd joint meeting counts' },
      operations: [
        {
          op: 'change-match',
          ruleId: 'lab2015-dp-jobsamtale-count',
          maxPerType: { 'joint-meeting': 3 },
          description: { da: '3. fællessamtale tæller', en: 'a 3rd joint meeting counts' },
        },
      ],
    },
    {
      id: 'first-full-content',
      title: { da: 'fuldt indhold i 1. samtale', en: 'full content in the 1st interview' },
      operations: [
        {
          op: 'relax-content',
          ruleId: 'lab2015-jobsamtale-content',
          dropItems: 'all',
          keepForFirst: true,
          description: {
            da: 'frit indhold efter 1. samtale',
            en: 'free content after the 1st interview',
          },
        },
      ],
    },
  ],
};

const EVENT_TYPES = [
  'job-interview',
  'joint-meeting',
  'follow-up-interview',
  'offer',
  'plan',
  'mentor-contact',
  'visitation',
  'cv-interview',
  'assessment',
] as const;
const FORMS = ['in-person', 'phone', 'video', 'group', 'via-other'] as const;
const GROUPS = [
  ['6.1', 'a-dagpenge'],
  ['6.2', 'kontanthjaelp'],
  ['6.3', 'kontanthjaelp'],
  ['6.5', 'uddannelseshjaelp'],
  ['6.8', 'ressourceforloeb'],
  ['6.9', 'ledighedsydelse'],
] as const;

const BASE = Date.UTC(2018, 0, 1) / 86_400_000;
export function isoFromOffset(days: number): string {
  return new Date((BASE + days) * 86_400_000).toISOString().slice(0, 10);
}

export interface RandomCase {
  file: CaseFile;
  asOf: string;
}

export const randomCase: fc.Arbitrary<RandomCase> = fc
  .record({
    group: fc.constantFrom(...GROUPS),
    municipality: fc.constantFrom('101', '851', '849'),
    birthYear: fc.integer({ min: 1958, max: 2000 }),
    start: fc.integer({ min: 0, max: 1460 }),
    length: fc.option(fc.integer({ min: 30, max: 900 }), { nil: undefined }),
    asOfAfter: fc.integer({ min: 0, max: 900 }),
    events: fc.array(
      fc.record({
        type: fc.constantFrom(...EVENT_TYPES),
        at: fc.integer({ min: 0, max: 800 }),
        form: fc.option(fc.constantFrom(...FORMS), { nil: undefined }),
        resets: fc.boolean(),
      }),
      { maxLength: 30 },
    ),
    withTrial: fc.boolean(),
  })
  .map((r) => {
    const file: CaseFile = {
      formatVersion: 1,
      municipality: r.municipality,
      citizen: { id: 'c', birthDate: `${r.birthYear}-06-15` },
      spells: [
        {
          id: 's1',
          benefit: r.group[1],
          targetGroup: r.group[0],
          start: isoFromOffset(r.start),
          ...(r.length !== undefined ? { end: isoFromOffset(r.start + r.length) } : {}),
        },
      ],
      events: r.events.map((e, i) => ({
        id: `e${i}`,
        type: e.type,
        date: isoFromOffset(r.start + e.at),
        ...(e.form ? { form: e.form } : {}),
        ...(e.resets ? {} : { resetsClock: false }),
        ...(e.type === 'assessment' ? { details: { subject: 'las74c' } } : {}),
      })),
      trials: r.withTrial ? [{ trialId: FIXTURE_TRIAL.id, start: '2017-01-01' }] : [],
    };
    return { file, asOf: isoFromOffset(r.start + r.asOfAfter) };
  });
