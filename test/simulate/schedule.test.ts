/**
 * The minimum compliant schedule.
 *
 * Hand-worked schedules: the expected dates below are worked out from the law
 * and the placement rule in docs/simulation.md, not read off the code:
 * "within the first 6 months" of a spell starting 2019-03-04 ends 2019-09-03
 * (docs/rules.md § Counting time); a `count` slot k of n is placed at
 * ws + ⌈k·L/n⌉ − 1 with L the window length in days (here 184).
 *
 * Property (fast-check): the schedule fed back into the engine leaves no
 * obligation overdue or met late, and removing any one event of it creates one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseEvent, CaseFile } from '../../src/rules/case-format.ts';
import { evaluate, type Obligation } from '../../src/rules/engine.ts';
import { buildRuleSet, prepareForRuleSet, type RuleSet } from '../../src/simulate/rule-set.ts';
import { minimumSchedule, type Schedule } from '../../src/simulate/schedule.ts';

const LAW_2019 = buildRuleSet({ lawAt: '2019-06-01' });
const LAW_2020 = buildRuleSet({ lawAt: '2020-06-01' });
const LAW_2024 = buildRuleSet({ lawAt: '2024-06-01' });
const LAW_2026 = buildRuleSet({ lawAt: '2026-07-01' });

function person(
  targetGroup: CaseFile['spells'][number]['targetGroup'],
  benefit: CaseFile['spells'][number]['benefit'],
  start: string,
  extra: Partial<CaseFile['spells'][number]> = {},
  events: CaseEvent[] = [],
): CaseFile {
  return {
    formatVersion: 1,
    municipality: '851',
    citizen: { id: 'p', birthDate: '1985-05-05' },
    spells: [{ id: 's1', benefit, targetGroup, start, ...extra }],
    events,
    trials: [],
  };
}

/** The schedule as the replay builds it (solved to the end of the following year), events of the counted year only. */
function scheduleOf(file: CaseFile, rs: RuleSet, baseYear = 2019): Schedule {
  const f = prepareForRuleSet(file, rs.year - baseYear, rs);
  const s = minimumSchedule(f, rs.catalog, { horizonEnd: `${rs.year + 1}-12-31` });
  return { ...s, events: s.events.filter((e) => e.event.date.startsWith(String(rs.year))) };
}

const brief = (s: Schedule) => s.events.map((e) => `${e.event.date} ${e.event.type}`);

describe('hand-worked minimum schedules', () => {
  it('dagpenge under the 2015 rules: two joint meetings and four interviews in six months', () => {
    // Joint meeting by day 28 (2019-03-31). Six interviews in 2019-03-04…2019-09-03
    // incl. at most two joint meetings: slot 1 is met by the joint meeting; slots
    // 2–5 at ws + ⌈k·184/6⌉ − 1 = +61, +91, +122, +153 days; the second joint
    // meeting (5th–6th month) on its due date 2019-09-03 fills slot 6. The
    // cadence (≤ 6 weeks apart) holds: 34, 30, 31, 31, 30 days.
    expect(brief(scheduleOf(person('6.1', 'a-dagpenge', '2019-03-04'), LAW_2019))).toEqual([
      '2019-03-31 joint-meeting',
      '2019-05-04 job-interview',
      '2019-06-03 job-interview',
      '2019-07-04 job-interview',
      '2019-08-04 job-interview',
      '2019-09-03 joint-meeting',
    ]);
  });

  it('the same person under the 2020 rules: four interviews and one a-kasse meeting', () => {
    // Shifted to 2020-03-04; first six months end 2020-09-03 (L = 184 days);
    // slots at +45, +91, +137, +183 days; LAB § 31 stk. 2 nr. 2 meeting in
    // months 4–6 on its due date.
    expect(brief(scheduleOf(person('6.1', 'a-dagpenge', '2019-03-04'), LAW_2020))).toEqual([
      '2020-04-18 job-interview',
      '2020-06-03 job-interview',
      '2020-07-19 job-interview',
      '2020-09-03 job-interview',
      '2020-09-03 joint-meeting',
    ]);
  });

  it('the same person under the 2024 rules (L 129): the a-kasse first, the jobcentre in months 4–6', () => {
    // Shifted to 2024-03-04. LAB § 31, stk. 4: first a-kasse interview by +2 weeks
    // = 2024-03-18; stk. 1: 3 a-kasse interviews in 2024-03-04…2024-06-03 (L = 92):
    // slot 1 is met by the first interview, slots 2–3 at +61 and +91 days; then 3
    // jobcentre interviews in 2024-06-04…2024-09-03 (L = 92) at +30, +61, +91.
    // The joint interview by 16 months (2025-07-04) falls outside the counted year.
    const s = scheduleOf(person('6.1', 'a-dagpenge', '2019-03-04'), LAW_2024);
    expect(
      s.events.map((e) => `${e.event.date} ${e.event.details?.holder ?? 'jobcentre'}`),
    ).toEqual([
      '2024-03-18 a-kasse',
      '2024-05-04 a-kasse',
      '2024-06-03 a-kasse',
      '2024-07-04 jobcentre',
      '2024-08-04 jobcentre',
      '2024-09-03 jobcentre',
    ]);
  });

  it('the same person under the law of 1 July 2026: two and two', () => {
    // lov nr. 1750/2025: 2 a-kasse interviews (slot 2 at +91 = 2026-06-03) and 2
    // in the municipality (2026-06-04 + ⌈92/2⌉ − 1 = 2026-07-19, and 2026-09-03).
    const s = scheduleOf(person('6.1', 'a-dagpenge', '2019-03-04'), LAW_2026);
    expect(
      s.events.map((e) => `${e.event.date} ${e.event.details?.holder ?? 'jobcentre'}`),
    ).toEqual([
      '2026-03-18 a-kasse',
      '2026-06-03 a-kasse',
      '2026-07-19 jobcentre',
      '2026-09-03 jobcentre',
    ]);
  });

  it('the exemption decision of 2026 waives the contact course (the 25 % lever’s statutory basis)', () => {
    const f = person('6.1', 'a-dagpenge', '2019-03-04', {}, [
      {
        id: 'x',
        type: 'decision',
        date: '2019-03-05',
        details: { decision: 'contact-course-exemption' },
      },
    ]);
    const s = scheduleOf(f, LAW_2026);
    expect(brief(s).filter((x) => x.endsWith('job-interview'))).toEqual([
      '2026-03-18 job-interview',
    ]);
  });

  it('jobafklaring under the law of 1 July 2026: no rehabilitation team, no LÆ265', () => {
    const s = scheduleOf(person('6.7', 'jobafklaring', '2019-02-11'), LAW_2026);
    expect(s.events.filter((e) => e.event.type === 'rehab-team-meeting')).toEqual([]);
    expect(s.events.filter((e) => e.event.type.startsWith('certificate'))).toEqual([]);
  });

  it('a spell that ends early lapses the obligations due after its end', () => {
    // Ends 2019-04-30: only the first joint meeting (due 2019-03-31) falls due
    // while the person is on the benefit.
    const s = scheduleOf(
      person('6.1', 'a-dagpenge', '2019-03-04', { end: '2019-04-30' }),
      LAW_2019,
    );
    expect(brief(s)).toEqual(['2019-03-31 joint-meeting']);
  });

  it('the person who declines the a-kasse meeting gets none under the 2020 rules', () => {
    const s = scheduleOf(
      person('6.1', 'a-dagpenge', '2019-03-04', { flags: ['declines-akasse-participation'] }),
      LAW_2020,
    );
    expect(brief(s).filter((x) => x.endsWith('joint-meeting'))).toEqual([]);
    expect(brief(s).filter((x) => x.endsWith('job-interview'))).toHaveLength(4);
  });

  it('jobafklaring: rehabilitation team within 4 weeks with an LÆ265 before it', () => {
    // jaf-rehabteam-4w: transfer + 28 days = 2019-03-11 for a start on 2019-02-11;
    // rehab-lae265-required: the certificate must be there by the meeting day.
    const s = scheduleOf(person('6.7', 'jobafklaring', '2019-02-11'), LAW_2019);
    expect(s.events.map((e) => [e.event.date, e.event.type, e.event.details?.certificate])).toEqual(
      [
        ['2019-03-11', 'rehab-team-meeting', undefined],
        ['2019-03-11', 'certificate-received', 'LÆ265'],
      ],
    );
  });

  it('integrationsydelse: four interviews per 12-month block, the fourth falls in the next year', () => {
    // inl2015 4 in each consecutive 12 months from 2019-02-11 (L = 365):
    // +91, +182, +273, +364 days = 2019-05-13, 2019-08-12, 2019-11-11, 2020-02-10.
    const s = scheduleOf(person('6.12', 'integrationsydelse', '2019-02-11'), LAW_2019);
    expect(brief(s)).toEqual([
      '2019-05-13 job-interview',
      '2019-08-12 job-interview',
      '2019-11-11 job-interview',
    ]);
  });

  it('the lag placement puts a once-obligation at window start + lag', () => {
    const f = person('6.1', 'a-dagpenge', '2019-03-04');
    const s = minimumSchedule(f, LAW_2019.catalog, {
      horizonEnd: '2019-12-31',
      placement: { mode: 'lag', lagDays: 7 },
    });
    expect(brief(s)[0]).toBe('2019-03-11 joint-meeting');
  });
});

// ---- property ----

const GROUPS = [
  ['6.1', 'a-dagpenge'],
  ['6.2', 'kontanthjaelp'],
  ['6.3', 'kontanthjaelp'],
  ['6.4', 'uddannelseshjaelp'],
  ['6.5', 'uddannelseshjaelp'],
  ['6.6', 'sygedagpenge'],
  ['6.7', 'jobafklaring'],
  ['6.8', 'ressourceforloeb'],
  ['6.9', 'ledighedsydelse'],
  ['6.10', 'revalidering'],
  ['6.12', 'integrationsydelse'],
] as const;
const FLAGS = [
  'akasse-early-meeting-requested',
  'declines-akasse-participation',
  'expected-over-8-weeks',
];
const TRIAL_OPTIONS = [
  undefined,
  'fk2-formkrav-samtaler',
  'fk2-rehab-jaf-lae265',
  'fk2-lae285',
] as const;

function iso(day: number): string {
  return new Date(Date.UTC(2017, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

const arbCase = fc
  .record({
    group: fc.constantFrom(...GROUPS),
    start: fc.integer({ min: 0, max: 1000 }),
    length: fc.option(fc.integer({ min: 20, max: 700 }), { nil: undefined }),
    flags: fc.subarray(FLAGS),
    birthYear: fc.integer({ min: 1960, max: 2002 }),
    law: fc.constantFrom('2019-06-01', '2020-06-01', '2023-06-01', '2024-06-01', '2026-07-01'),
    trial: fc.constantFrom(...TRIAL_OPTIONS),
    decisionAt: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
  })
  .map((r) => {
    const events: CaseEvent[] =
      r.decisionAt === undefined
        ? []
        : [
            {
              id: 'd1',
              type: 'decision',
              date: iso(r.start + r.decisionAt),
              details: { decision: 'revalidering' },
            },
          ];
    const file: CaseFile = {
      formatVersion: 1,
      municipality: '851',
      citizen: { id: 'c', birthDate: `${r.birthYear}-03-01` },
      spells: [
        {
          id: 's1',
          targetGroup: r.group[0],
          benefit: r.group[1],
          start: iso(r.start),
          ...(r.length !== undefined ? { end: iso(r.start + r.length) } : {}),
          ...(r.flags.length ? { flags: r.flags } : {}),
        },
      ],
      events,
      trials: [],
    };
    return { file, law: r.law, trial: r.trial };
  });

const cache = new Map<string, RuleSet>();
function buildRuleSetCached(law: string, trial: string | undefined): RuleSet {
  const k = `${law}|${trial}`;
  let rs = cache.get(k);
  if (!rs) {
    rs = buildRuleSet({
      lawAt: law,
      ...(trial ? { trial: { id: trial, municipality: '851' } } : {}),
    });
    cache.set(k, rs);
  }
  return rs;
}

const HORIZON = '2019-12-31';
/** Judged the day after the horizon, so that an obligation due on its last day counts as overdue when unmet. */
const AFTER_HORIZON = '2020-01-01';
const breach = (o: Obligation) => o.status === 'overdue' || (o.status === 'met' && o.late === true);
const okey = (o: Obligation) => `${o.ruleId}|${o.spellId}|${o.seq}|${o.dueBy}`;

describe('schedule properties', () => {
  it('the schedule leaves no obligation overdue, and each of its events is needed', () => {
    fc.assert(
      fc.property(arbCase, ({ file: raw, law, trial }) => {
        const rs = buildRuleSetCached(law, trial);
        const file = prepareForRuleSet(raw, 0, rs);
        const s = minimumSchedule(file, rs.catalog, { horizonEnd: HORIZON });
        const excused = new Set(s.unschedulable.map(okey));
        const facts = file.events;
        const withEvents = (evs: CaseEvent[]) =>
          evaluate({ ...file, events: [...facts, ...evs] }, AFTER_HORIZON, {
            catalog: rs.catalog,
            trace: false,
          });
        const all = s.events.map((e) => e.event);
        const full = withEvents(all);
        expect(full.obligations.filter((o) => breach(o) && !excused.has(okey(o)))).toEqual([]);
        for (let i = 0; i < all.length; i++) {
          const without = withEvents(all.filter((_, j) => j !== i));
          const breaches = without.obligations.filter((o) => breach(o) && !excused.has(okey(o)));
          expect(breaches.length, `removing ${all[i]!.date} ${all[i]!.type}`).toBeGreaterThan(0);
        }
        // Only limits (no event can meet them) are excused.
        for (const o of s.unschedulable) expect(o.kind).toBe('limit');
      }),
      { numRuns: 150 },
    );
  });
});
