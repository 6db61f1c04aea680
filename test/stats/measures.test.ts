/**
 * Every measure on the hand-built register (hand-register.ts), on DuckDB and
 * PostgreSQL. Expected values are worked out in the comments from the
 * timelines, not taken from the code.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { itWith } from '../support/requirements.ts';
import { describeEachEngine, POSTGRES, pick } from './engines.ts';
import { HAND_INTERVIEWS, HAND_LABOUR_FORCE, HAND_WEEKS } from './hand-register.ts';

/** Results from each engine, compared across engines at the end. */
const results = new Map<string, Map<string, Row[]>>();

describeEachEngine('measures on the hand-built register', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const record = (key: string, rows: Row[]) => {
    if (!results.has(key)) results.set(key, new Map());
    results.get(key)!.set(spec.name, rows);
  };

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, {
      weeks: HAND_WEEKS,
      labourForce: HAND_LABOUR_FORCE,
      interviews: HAND_INTERVIEWS,
    });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('fuldtidspersoner: person-days ÷ days in the month, share of the labour force', async () => {
    const rows = await session.run('fuldtidspersoner', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-01-31',
      benefits: ['sygedagpenge'],
    });
    record('fte', rows);
    // January 2018 has 31 days; the week of 29 Jan puts 3 days in January.
    // 849: P1 8 weeks → 31 days; P2 weeks of 1–22 Jan → 28; P3 two weeks → 14. 73 / 31.
    const j = pick(rows, { period: '2018-01', area: '849' });
    expect(j.persons).toBe(3);
    expect(j.fte).toBeCloseTo(73 / 31, 9);
    expect(j.labour_force).toBe(100);
    expect(j.fte_pct).toBeCloseTo((100 * 73) / 31 / 100, 9);
    // 840: P4 10 weeks → all 31 days.
    expect(pick(rows, { period: '2018-01', area: '840' }).fte).toBeCloseTo(1, 9);
    // Region Nordjylland: 104 days; labour force 150.
    const r = pick(rows, { period: '2018-01', area: '1081' });
    expect(r.area_level).toBe('region');
    expect(r.fte).toBeCloseTo(104 / 31, 9);
    expect(r.fte_pct).toBeCloseTo((100 * 104) / 31 / 150, 9);
    // Whole country: + P5, 7 days. Labour force 1,000.
    const dk = pick(rows, { period: '2018-01', area: 'DK' });
    expect(dk.persons).toBe(5);
    expect(dk.fte).toBeCloseTo(111 / 31, 9);
    expect(dk.fte_pct).toBeCloseTo((100 * 111) / 31 / 1000, 9);
  });

  it('fuldtidspersoner by quarter', async () => {
    const rows = await session.run('fuldtidspersoner', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      benefits: ['sygedagpenge'],
    });
    record('fte-q', rows);
    // Q1 2018 = 90 days. 849: P1 56, P2 42, P3 21 → 119 days.
    expect(pick(rows, { period: '2018-Q1', area: '849' }).fte).toBeCloseTo(119 / 90, 9);
  });

  it('spells: the one-calendar-month rule joins a gap without a full month and splits one with it', async () => {
    // The hand register begins 1 Jan 2018: no lookback (lookback_test below checks it).
    const rows = await session.run('forloeb', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      benefits: ['sygedagpenge'],
      lookbackWeeks: 0,
    });
    record('spells', rows);
    // 849, Q1 2018: P1 8 weeks; P2 one spell 1 Jan – 4 Mar = 9 weeks (gap 29 Jan – 18 Feb
    // holds no whole month); P3 two spells, 2 and 1 weeks (February is benefit-free).
    const j = pick(rows, { period: '2018-Q1', area: '849' });
    expect(j.ended_spells).toBe(4);
    expect(j.avg_weeks).toBeCloseTo((8 + 9 + 2 + 1) / 4, 9);
    expect(j.weeks_1_4).toBe(2);
    expect(j.weeks_5_13).toBe(2);
    expect(j.weeks_14_26).toBe(0);
    // Country adds P4 (10 weeks) and P5 (1 week).
    const dk = pick(rows, { period: '2018-Q1', area: 'DK' });
    expect(dk.ended_spells).toBe(6);
    expect(dk.avg_weeks).toBeCloseTo(31 / 6, 9);
  });

  it('spells under the older any-gap rule split P2 in two', async () => {
    const rows = await session.run('forloeb', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      benefits: ['sygedagpenge'],
      gapRule: 'any-gap',
      lookbackWeeks: 0,
    });
    record('spells-any-gap', rows);
    // 849: P1 8, P2 4 + 2, P3 2 + 1 → 5 spells, 17 weeks.
    const j = pick(rows, { period: '2018-Q1', area: '849' });
    expect(j.ended_spells).toBe(5);
    expect(j.avg_weeks).toBeCloseTo(17 / 5, 9);
  });

  it('status 3 months after the end of a spell', async () => {
    const rows = await session.run('status-efter', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      benefits: ['sygedagpenge'],
    });
    record('status', rows);
    // 849, spells ended in Q1 2018, status 13 weeks after the last benefit week:
    // P1 (last 19 Feb → 21 May): 37 h employment → wage.
    // P2 (last 26 Feb → 28 May): nothing → other.
    // P3a (last 8 Jan → 9 Apr): nothing → other. P3b (last 5 Mar → 4 Jun): education.
    const j = pick(rows, { period: '2018-Q1', area: '849' });
    expect(j.ended_spells).toBe(4);
    expect(j.pct_wage).toBeCloseTo(25, 9);
    expect(j.pct_education).toBeCloseTo(25, 9);
    expect(j.pct_other).toBeCloseTo(50, 9);
    expect(j.pct_same_benefit).toBe(0);
  });

  it('status 6 and 12 months after the end of a spell', async () => {
    const q1 = { kind: 'quarter', from: '2018-01-01', to: '2018-03-31' } as const;
    const six = await session.run('status-efter-6m', { ...q1, benefits: ['sygedagpenge'] });
    const twelve = await session.run('status-efter-12m', { ...q1, benefits: ['sygedagpenge'] });
    record('status-6m', six);
    record('status-12m', twelve);
    // 849, the same four spells, 26 and 52 weeks after the last benefit week:
    // P1 (last 19 Feb → 20 Aug 2018, 18 Feb 2019): 37 h → wage both times.
    // P2 (last 26 Feb → 27 Aug 2018, 25 Feb 2019): nothing → other.
    // P3a (last 8 Jan → 9 Jul 2018, 7 Jan 2019) and P3b (last 5 Mar → 3 Sep 2018, 4 Mar 2019):
    // in education (30 Apr 2018 – 25 Mar 2019) → education.
    for (const rows of [six, twelve]) {
      const j = pick(rows, { period: '2018-Q1', area: '849' });
      expect(j.ended_spells).toBe(4);
      expect(j.pct_wage).toBeCloseTo(25, 9);
      expect(j.pct_education).toBeCloseTo(50, 9);
      expect(j.pct_other).toBeCloseTo(25, 9);
    }
    // P6's a-dagpenge ends in the week of 30 Jul 2018 (Q3): 26 weeks on (28 Jan 2019) lies in
    // the data (→ other), 52 weeks on (29 Jul 2019) does not: left out, not counted as other.
    const q3 = { kind: 'quarter', from: '2018-07-01', to: '2018-09-30' } as const;
    const p6six = await session.run('status-efter-6m', { ...q3, benefits: ['a-dagpenge'] });
    const p6twelve = await session.run('status-efter-12m', { ...q3, benefits: ['a-dagpenge'] });
    record('status-6m-q3', p6six);
    const a = pick(p6six, { period: '2018-Q3', area: '849' });
    expect(a.ended_spells).toBe(1);
    expect(a.pct_other).toBeCloseTo(100, 9);
    // (empty on both engines, so not in the cross-engine comparison, which needs rows)
    expect(p6twelve).toEqual([]);
  });

  it('partial sick notifications: number and share of recipients in the month', async () => {
    const rows = await session.run('delvise-raskmeldinger', {
      kind: 'month',
      from: '2018-02-01',
      to: '2018-02-28',
    });
    record('partial', rows);
    // A week counts in the month of its Thursday. February: weeks of 29 Jan, 5, 12, 19 Feb.
    // 849: P1 and P2 (week of 19 Feb), neither partial. 840: P4, partial in 5 and 12 Feb.
    expect(pick(rows, { period: '2018-02', area: '849' })).toMatchObject({
      recipients: 2,
      partial: 0,
    });
    const region = pick(rows, { period: '2018-02', area: '1081' });
    expect(region.recipients).toBe(3);
    expect(region.partial).toBe(1);
    expect(region.partial_pct).toBeCloseTo(100 / 3, 9);
  });

  it('interview cadence: share with at least k interviews at k months', async () => {
    const rows = await session.run('samtalekadence', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-06-30',
    });
    record('cadence', rows);
    // P6 from 1 Jan 2018, interviews 10 Jan, 15 Feb, 20 Mar.
    // 30 Apr: day 120 → k = floor(120 / 30.4375) = 3, 3 interviews → yes.
    // 31 May: day 151 → k = 4, 3 interviews → no.
    // 31 Jan: day 31 → k = 1, 1 interview → yes.
    expect(pick(rows, { period: '2018-04', area: '849' })).toMatchObject({
      k: 3,
      persons: 1,
      with_k: 1,
    });
    expect(pick(rows, { period: '2018-05', area: '849' })).toMatchObject({
      k: 4,
      persons: 1,
      with_k: 0,
      pct: 0,
    });
    expect(pick(rows, { period: '2018-01', area: '849' }).pct).toBe(100);
    // The any-gap rule reads the weekly rows and the spell table instead of the month rows;
    // P6's spell has no gap, so the rows are the same.
    const anyGap = await session.run('samtalekadence', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-06-30',
      gapRule: 'any-gap',
    });
    expect(anyGap).toEqual(rows);
  });

  it('activation rate: days in an offer ÷ days on the benefit', async () => {
    const rows = await session.run('aktiveringsgrad', {
      kind: 'month',
      from: '2018-01-01',
      to: '2018-01-31',
      benefits: ['kontanthjaelp'],
    });
    record('activation', rows);
    // January: P7, P8, P9 on kontanthjælp all 31 days; P8 in vejledning the week of 1 Jan (7 days).
    const j = pick(rows, { period: '2018-01', area: '849' });
    expect(j.persons).toBe(3);
    expect(j.activated).toBe(1);
    expect(j.activation_pct).toBeCloseTo((100 * 7) / 93, 9);
  });

  it('at least one year on benefit and no active offer', async () => {
    const rows = await session.run('manglende-aktiv-indsats', {
      kind: 'month',
      from: '2018-12-01',
      to: '2018-12-31',
      benefits: ['kontanthjaelp'],
    });
    record('idle', rows);
    // 31 Dec 2018 (week of 31 Dec): P7, P8, P9 started 1 Jan 2018 (≥ 52 weeks); P10 not.
    // Offers in the 52 weeks 8 Jan – 31 Dec 2018: P9 (4 Jun) only; P8's week of 1 Jan is outside.
    const j = pick(rows, { period: '2018-12', area: '849' });
    expect(j.long_term).toBe(3);
    expect(j.without_offer).toBe(2);
    expect(j.pct).toBeCloseTo(200 / 3, 9);
    // The any-gap spell rule takes its spells from the spell table, not the month rows; these
    // spells have no gaps, so the counts are the same.
    const anyGap = await session.run('manglende-aktiv-indsats', {
      kind: 'month',
      from: '2018-12-01',
      to: '2018-12-31',
      benefits: ['kontanthjaelp'],
      gapRule: 'any-gap',
    });
    const g = pick(anyGap, { period: '2018-12', area: '849' });
    expect([g.long_term, g.without_offer]).toEqual([3, 2]);
  });

  it('Flere skal med: a register that does not reach back five years cannot show the group', async () => {
    const rows = await session.run('flere-skal-med-40', {
      kind: 'month',
      referenceDate: '2018-12-31',
    });
    record('fsm', rows);
    // The group needs a course of more than five years (004_c71e4edfbae1fa56.txt line 160) and
    // the aktivitetsparat category; this register begins 1 Jan 2018 and carries no categories,
    // so the group is empty and history_complete says why. (P7–P9, a year on kontanthjælp,
    // were the group of the former 52-week proxy.) The criterion itself: category.test.ts.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      area_level: 'country',
      group_persons: 0,
      in_company: 0,
      criterion_met: false,
      history_complete: false,
    });
  });

  it('open cases by week: sygedagpenge weeks 5–52 counted from the spell start', async () => {
    const rows = await session.run('loebende-sager', {
      kind: 'month',
      from: '2018-01-22',
      to: '2018-02-11',
    });
    record('open', rows);
    // Week of 22 Jan: P1 and P2 in spell week 4 → 0. Week of 29 Jan: P1 week 5 (P2 in its gap) → 1.
    // Week of 5 Feb: P1 week 6 → 1.
    expect(pick(rows, { week: '2018-01-22', area: '849' }).syg_5_52).toBe(0);
    expect(pick(rows, { week: '2018-01-29', area: '849' }).syg_5_52).toBe(1);
    expect(pick(rows, { week: '2018-02-05', area: '849' }).syg_5_52).toBe(1);
    // 840: P4 from 1 Jan, week 6 on 5 Feb.
    expect(pick(rows, { week: '2018-02-05', area: '840' }).syg_5_52).toBe(1);
  });
});

itWith(POSTGRES, 'both engines give identical rows for every measure', () => {
  let compared = 0;
  for (const [key, byEngine] of results) {
    const duck = byEngine.get('duckdb');
    const pg = byEngine.get('postgres');
    if (!duck || !pg) continue;
    expect(duck.length, key).toBeGreaterThan(0);
    expect(pg, key).toEqual(duck);
    compared++;
  }
  expect(compared).toBe(14);
});
