/**
 * The municipality-level obligations of lov nr. 1750/2025 (75 % interviewed,
 * at most 25 % exempted), worked by hand on a small caseload.
 */
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../src/rules/case-format.ts';
import { municipalityObligations } from '../../src/rules/municipality.ts';

function file(
  id: string,
  group: string,
  benefit: string,
  start: string,
  events: CaseFile['events'] = [],
): CaseFile {
  return {
    formatVersion: 1,
    municipality: '860',
    citizen: { id, birthDate: '1980-01-01' },
    spells: [{ id: 's1', benefit: benefit as never, targetGroup: group as never, start }],
    events,
    trials: [],
  };
}
const jc = (id: string, date: string) => ({ id, type: 'job-interview' as const, date });
const ak = (id: string, date: string) => ({
  id,
  type: 'job-interview' as const,
  date,
  details: { holder: 'a-kasse' },
});
const exempt = (date: string) => ({
  id: 'd',
  type: 'decision' as const,
  date,
  conductedBy: 'sb01',
  details: { decision: 'contact-course-exemption', reason: 'selv i job' },
});

const CASES: CaseFile[] = [
  // dagpenge from 2026-07-01: months 4–6 are 2026-10-01 … 2026-12-31, over by 2027-03-01
  file('a', '6.1', 'a-dagpenge', '2026-07-01', [
    ak('a1', '2026-07-05'),
    jc('a2', '2026-10-05'),
    jc('a3', '2026-11-05'),
  ]),
  // only one municipal interview in months 4–6, the a-kasse's do not count
  file('b', '6.1', 'a-dagpenge', '2026-07-15', [
    ak('b1', '2026-07-20'),
    ak('b2', '2026-08-20'),
    jc('b3', '2026-11-01'),
  ]),
  // job-ready kontanthjælp: four interviews in months 1–6
  file('c', '6.2', 'kontanthjaelp', '2026-08-01', [
    jc('c1', '2026-08-05'),
    jc('c2', '2026-09-05'),
    jc('c3', '2026-10-05'),
    jc('c4', '2026-11-05'),
  ]),
  // exempted: counts in the quota and, with no interviews, as not interviewed
  file('d', '6.9', 'ledighedsydelse', '2026-07-10', [exempt('2026-07-12')]),
  // still in its first 6 months on 2027-03-01: in the group, not in the interview share
  file('e', '6.1', 'a-dagpenge', '2026-12-01'),
  // not in the group: aktivitetsparat, and a spell begun before 1 July 2026
  file('f', '6.3', 'kontanthjaelp', '2026-08-01'),
  file('g', '6.1', 'a-dagpenge', '2026-06-30'),
];

describe('municipality obligations', () => {
  it('counts the 75 % interview target and the 25 % exemption quota by hand', () => {
    const r = municipalityObligations(CASES, '860', '2026-01-01', '2026-12-31', '2027-03-01');
    // group: a, b, c, d, e = 5; in progress: e (2026-12-01 + 6 months = 2027-06-01 > 2027-03-01)
    expect(r.group).toBe(5);
    expect(r.inProgress).toBe(1);
    const [interviews, quota] = r.obligations;
    // interviewed: a (2 in months 4–6), c (4 in months 1–6); not: b (1), d (0) → 2 of 4
    expect(interviews).toMatchObject({ numerator: 2, denominator: 4, share: 0.5, met: false });
    // exempted: d → 1 of 5 = 20 % ≤ 25 %
    expect(quota).toMatchObject({ numerator: 1, denominator: 5, share: 0.2, met: true });
    expect(r.exemptions).toEqual([
      {
        citizen: 'd',
        spellId: 's1',
        targetGroup: '6.9',
        decidedOn: '2026-07-12',
        reason: 'selv i job',
        decidedBy: 'sb01',
      },
    ]);
  });

  it('has no share for an empty group and ignores other municipalities', () => {
    const r = municipalityObligations(CASES, '101', '2026-07-01', '2026-12-31', '2027-03-01');
    expect(r.group).toBe(0);
    expect(r.obligations.map((o) => [o.share, o.met])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});
