/**
 * The simulator's parts, against figures worked by hand: costs, levers, rule
 * sets (frozen law, date shifting, trials ex ante), the register mapping, the
 * replay's counting and the report's totals.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/rules/case-format.ts';
import { getDefaultCatalog } from '../../src/rules/engine.ts';
import { costOf, DEFAULT_ASSUMPTIONS, withOverrides } from '../../src/simulate/costs.ts';
import { applyLevers, checkLevers, hashShare } from '../../src/simulate/levers.ts';
import { caseFromRegister } from '../../src/simulate/register-cases.ts';
import { replay } from '../../src/simulate/replay.ts';
import { buildReport } from '../../src/simulate/report.ts';
import {
  buildRuleSet,
  rulesInForce,
  shiftYears,
  steadyState,
  trialExAnte,
} from '../../src/simulate/rule-set.ts';
import type { ScheduledEvent } from '../../src/simulate/schedule.ts';

const A = DEFAULT_ASSUMPTIONS;

describe('costs', () => {
  it('prices events by minutes, wage, certificate fee and rehabilitation-team share', () => {
    // 3 interviews × 60 min = 3 h × 450 kr = 1,350 kr.
    expect(costOf(A, 'job-interview', 3)).toEqual({ hours: 3, dkk: 1350 });
    // LÆ265: 15 min = 0.25 h × 450 = 112.5 kr + the fee 1,742 kr (seeds, src/evaluation/costs.ts).
    expect(costOf(A, 'certificate-received:LÆ265', 1)).toEqual({ hours: 0.25, dkk: 1854.5 });
    // Team meeting: 4 h × 450 = 1,800 kr + 14,000 kr ÷ 10 cases = 3,200 kr.
    expect(costOf(A, 'rehab-team-meeting', 1)).toEqual({ hours: 4, dkk: 3200 });
    // Held by the a-kasse: no municipal time by default.
    expect(costOf(A, 'job-interview:a-kasse', 5)).toEqual({ hours: 0, dkk: 0 });
    // An unknown kind takes the default minutes (30).
    expect(costOf(A, 'something-else', 2)).toEqual({ hours: 1, dkk: 450 });
  });

  it('overrides merge key by key and bad input names the field', () => {
    const o = withOverrides({ hourlyWageDkk: 500, minutesPerEvent: { 'job-interview': 45 } });
    expect(o.hourlyWageDkk).toBe(500);
    expect(o.minutesPerEvent['job-interview']).toBe(45);
    expect(o.minutesPerEvent['joint-meeting']).toBe(60);
    expect(() => withOverrides({ hourlyWage: 1 })).toThrow(/hourlyWage: unknown field/);
    expect(() => withOverrides({ minutesPerEvent: { plan: -1 } })).toThrow(/minutesPerEvent.plan/);
    expect(() => withOverrides({ hoursPerFte: 0 })).toThrow(/hoursPerFte/);
    expect(() => withOverrides([1])).toThrow(/JSON object/);
  });
});

describe('levers', () => {
  const ev = (type: string, targetGroup = '6.1'): ScheduledEvent => ({
    event: { id: 'e', type: type as never, date: '2026-03-01' },
    ruleId: 'r',
    requires: 'interview',
    targetGroup,
  });

  it('exempts a stable share of persons, a larger share a superset', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `p${i}`);
    const at = (s: number) => new Set(ids.filter((id) => hashShare(id) < s));
    const a = at(0.1);
    const b = at(0.25);
    expect(a.size / ids.length).toBeGreaterThan(0.08);
    expect(a.size / ids.length).toBeLessThan(0.12);
    expect(b.size / ids.length).toBeGreaterThan(0.23);
    expect(b.size / ids.length).toBeLessThan(0.27);
    for (const id of a) expect(b.has(id)).toBe(true);
  });

  it('drops interviews and offers of the exempt, multiplies interviews of the chosen groups', () => {
    const exempt = Array.from({ length: 100 }, (_, i) => `p${i}`).find(
      (id) => hashShare(id) < 0.2,
    )!;
    const kept = Array.from({ length: 100 }, (_, i) => `p${i}`).find((id) => hashShare(id) >= 0.2)!;
    const evs = [ev('job-interview'), ev('offer'), ev('plan'), ev('job-interview', '6.2')];
    expect(applyLevers(evs, exempt, { exemptShare: 0.2 }).map((x) => x.e.event.type)).toEqual([
      'plan',
    ]);
    expect(
      applyLevers(evs, kept, { exemptShare: 0.2, interviewFactor: 1.5, groups: ['6.1'] }).map(
        (x) => x.n,
      ),
    ).toEqual([1.5, 1, 1, 1]);
    expect(() => checkLevers({ exemptShare: 0.3 })).toThrow(/exemptShare/);
    expect(() => checkLevers({ interviewFactor: 0.5 })).toThrow(/interviewFactor/);
  });
});

describe('rule sets', () => {
  it('shifts by whole years, 29 February to 28 February in a common year', () => {
    expect(shiftYears('2019-03-04', 7)).toBe('2026-03-04');
    expect(shiftYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(shiftYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('freezes the law in force on the date, one version per rule', () => {
    const cat = getDefaultCatalog();
    const ids = (d: string) => rulesInForce(cat.rules, d).map((r) => r.id);
    expect(ids('2019-06-01')).toContain('lab2015-dp-jobsamtale-count');
    expect(ids('2019-06-01')).not.toContain('lab2020-kontaktforloeb-min4');
    expect(ids('2020-06-01')).toContain('lab2020-kontaktforloeb-min4');
    const counts = (d: string) =>
      rulesInForce(cat.rules, d)
        .filter((r) => r.id === 'lab2024-dp-akasse-samtaler')
        .map((r) => (r.schedule.kind === 'count' ? r.schedule.count : -1));
    expect(counts('2023-06-01')).toEqual([]);
    expect(counts('2024-06-01')).toEqual([3]);
    expect(counts('2026-07-01')).toEqual([2]);
    for (const r of rulesInForce(cat.rules, '2024-06-01')) expect(r.validity.to).toBeUndefined();
  });

  it('judges transitional conditions for a spell beginning on the date', () => {
    const before = { kind: 'spell-start-in', to: '2023-12-31' } as const;
    expect(steadyState(before, '2024-06-01')).toEqual({ kind: 'any', conditions: [] });
    expect(steadyState(before, '2023-06-01')).toEqual({ kind: 'all', conditions: [] });
    expect(steadyState({ kind: 'not', condition: before }, '2024-06-01')).toEqual({
      kind: 'not',
      condition: { kind: 'any', conditions: [] },
    });
  });

  it('switches a trial on ex ante for any municipality, keeping a member’s own choices', () => {
    const t = getDefaultCatalog().trials.get('fk2-rehab-jaf-lae265')!;
    const x = trialExAnte(t, '101');
    const mine = x.scope.municipalities.filter((m) => m.code === '101');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.start).toBe('1900-01-01');
    expect(mine[0]!.end).toBeUndefined();
    const bron = trialExAnte(t, '810').scope.municipalities.filter((m) => m.code === '810');
    expect(bron[0]!.excludeOperations).toEqual(['lae265']);
    expect(bron[0]!.end).toBeUndefined();
  });

  it('rejects an unknown trial, municipality or date, naming the field', () => {
    expect(() => buildRuleSet({ lawAt: '2019-13-01' })).toThrow(/^lawAt/);
    expect(() => buildRuleSet({ lawAt: '2019-06-01', trial: { id: 'nope' } })).toThrow(
      /^trial: unknown trial/,
    );
    expect(() =>
      buildRuleSet({ lawAt: '2019-06-01', trial: { id: 'fk2-lae285', municipality: '999' } }),
    ).toThrow(/^trial.municipality/);
  });
});

describe('register caseload mapping', () => {
  it('maps benefits to target groups and weeks to days', () => {
    const c = caseFromRegister(
      '7',
      [
        {
          benefit: 'a-dagpenge',
          startWeek: '2019-01-07',
          lastWeek: '2019-03-25',
          ended: true,
          municipality: '851',
        },
        {
          benefit: 'fleksjob',
          startWeek: '2019-04-01',
          lastWeek: '2019-12-30',
          ended: false,
          municipality: '851',
        },
        {
          benefit: 'sygedagpenge',
          startWeek: '2019-06-03',
          lastWeek: '2019-06-10',
          ended: false,
          municipality: '851',
        },
      ],
      2019,
    )!;
    expect(c.municipality).toBe('851');
    expect(c.citizen.birthDate).toBe('1979-07-01');
    expect(c.spells).toEqual([
      {
        id: 's1',
        benefit: 'a-dagpenge',
        targetGroup: '6.1',
        start: '2019-01-07',
        end: '2019-03-31',
      },
      { id: 's2', benefit: 'sygedagpenge', targetGroup: '6.6', start: '2019-06-03' },
    ]);
    expect(
      caseFromRegister(
        '8',
        [
          {
            benefit: 'foertidspension',
            startWeek: '2019-01-07',
            lastWeek: '2019-03-25',
            ended: true,
            municipality: '851',
          },
        ],
        2019,
      ),
    ).toBeUndefined();
    const young = caseFromRegister(
      '9',
      [
        {
          benefit: 'uddannelseshjaelp',
          startWeek: '2019-01-07',
          lastWeek: '2019-03-25',
          ended: true,
          municipality: '101',
        },
      ],
      2019,
    )!;
    expect(young.citizen.birthDate).toBe('1994-07-01');
    expect(['6.4', '6.5']).toContain(young.spells[0]!.targetGroup);
  });
});

describe('replay and report', () => {
  const person = (id: string, start: string): CaseFile => ({
    formatVersion: 1,
    municipality: '851',
    citizen: { id, birthDate: '1985-05-05' },
    spells: [{ id: 's1', benefit: 'a-dagpenge', targetGroup: '6.1', start }],
    events: [],
    trials: [],
  });

  it('counts the events of the counted year per month and kind, and the report adds up', () => {
    // The hand-worked schedule (schedule.test.ts): under the 2015 rules 2 joint
    // meetings and 4 interviews in 2019; under the 2020 rules 4 interviews and 1
    // a-kasse meeting. Two identical persons: 12 and 10 events.
    const r = replay([person('a', '2019-03-04'), person('b', '2019-03-04')], {
      baseYear: 2019,
      ruleSets: [buildRuleSet({ lawAt: '2019-06-01' }), buildRuleSet({ lawAt: '2020-06-01' })],
    });
    const total = (i: number) => r.cells.reduce((s, c) => s + c.events[i]!, 0);
    expect(total(0)).toBe(12);
    expect(total(1)).toBe(10);
    const march = r.cells.filter((c) => c.month === 3);
    expect(march.map((c) => [c.kind, c.events])).toEqual([['joint-meeting', [2, 0]]]);
    expect(r.totals[0]!.solved).toBe(1); // the second person was identical
    const rep = buildReport(r, A);
    const kinds = rep.tables[0]!;
    const last = kinds.rows.at(-1)!;
    expect(last[0]).toBe('I alt');
    // events A, B, B−A
    expect(last.slice(1, 4)).toEqual([12, 10, -2]);
    // kr A: 12 events × 60 min = 12 h × 450 kr = 5,400 kr; B: 10 h × 450 kr = 4,500 kr.
    const kr = kinds.columns.indexOf('kr. A');
    expect(last[kr]).toBe(5400);
    expect(last[kr + 1]).toBe(4500);
  });
});

describe('trial process change (for the trial effect report)', () => {
  it('the rehabilitation-team trial saves the first JAF meeting and its LÆ265', async () => {
    const { trialProcessChange } = await import('../../src/simulate/trial-effect.ts');
    const jaf: CaseFile = {
      formatVersion: 1,
      municipality: '851',
      citizen: { id: 'j', birthDate: '1975-01-01' },
      spells: [{ id: 's1', benefit: 'jobafklaring', targetGroup: '6.7', start: '2019-02-11' }],
      events: [],
      trials: [],
    };
    const c = trialProcessChange([jaf], {
      trialId: 'fk2-rehab-jaf-lae265',
      municipality: '851',
      lawAt: '2019-06-01',
      baseYear: 2019,
    });
    // Without: 1 meeting (4 h × 450 + 1,400 = 3,200 kr) and 1 LÆ265 (112.5 + 1,742 kr); with: none.
    expect(c.rows.map((r) => [r.kind, r.without, r.with])).toEqual([
      ['certificate-received:LÆ265', 1, 0],
      ['rehab-team-meeting', 1, 0],
    ]);
    expect(c.eventsChange).toBe(-2);
    expect(c.dkkChange).toBeCloseTo(-(3200 + 1854.5), 6);
  });
});
