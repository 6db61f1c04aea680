/**
 * #15 items 1–3: numbers that misled. A small register built by hand, worked
 * out in the comments, on DuckDB and PostgreSQL.
 *
 * Weeks: Monday 29 Jan 2018 to Monday 20 Aug 2018 (30 weeks, last day Sun 26
 * Aug), so January (3 days) and August (26 days) are partial months, Q1 and
 * Q3 partial quarters, and 2018 a partial year. Everyone lives in 849.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { RegisterBenefit, RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables, type PersonRow } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { itWith } from '../support/requirements.ts';
import { describeEachEngine, POSTGRES, pick } from './engines.ts';

const FIRST = '2018-01-29';
const WEEKS = 30;

interface Segment {
  from: string;
  weeks: number;
  benefit?: RegisterBenefit;
  hours?: number;
}

function person(id: number, segments: Segment[]): RegisterWeek[] {
  const rows: RegisterWeek[] = [];
  for (let i = 0; i < WEEKS; i++) {
    const week = addDays(FIRST, 7 * i);
    const row: RegisterWeek = {
      personId: id,
      week,
      municipality: '849',
      benefit: null,
      hours: 0,
      activation: null,
      education: false,
      partialSick: null,
    };
    for (const s of segments) {
      const k = (Date.parse(week) - Date.parse(s.from)) / (7 * 86_400_000);
      if (k >= 0 && k < s.weeks) {
        if (s.benefit) row.benefit = s.benefit;
        if (s.hours !== undefined) row.hours = s.hours;
      }
    }
    rows.push(row);
  }
  return rows;
}

const WEEKS_ROWS: RegisterWeek[] = [
  // A: kontanthjælp from the first register week, 11 weeks (last week 9 Apr): left-censored.
  ...person(1, [{ from: FIRST, weeks: 11, benefit: 'kontanthjaelp' }]),
  // B: kontanthjælp 5 Mar – 15 Apr, 6 weeks.
  ...person(2, [{ from: '2018-03-05', weeks: 6, benefit: 'kontanthjaelp' }]),
  // C: kontanthjælp 5 – 25 Feb, 3 weeks.
  ...person(3, [{ from: '2018-02-05', weeks: 3, benefit: 'kontanthjaelp' }]),
  // D: ledighedsydelse 5 Feb – 4 Mar (4 weeks), then fleksjob from 28 May (= last week + 91 days).
  ...person(4, [
    { from: '2018-02-05', weeks: 4, benefit: 'ledighedsydelse' },
    { from: '2018-05-28', weeks: 13, benefit: 'fleksjob' },
  ]),
  // E: ledighedsydelse 5 Feb – 4 Mar, then nothing.
  ...person(5, [{ from: '2018-02-05', weeks: 4, benefit: 'ledighedsydelse' }]),
  // F: ledighedsydelse 5 Feb – 4 Mar, then 37 ordinary hours a week.
  ...person(6, [
    { from: '2018-02-05', weeks: 4, benefit: 'ledighedsydelse' },
    { from: '2018-03-05', weeks: 25, hours: 37 },
  ]),
  // G: kontanthjælp 7 May – 1 Jul (8 weeks), 5 ordinary hours in the week of 14 May.
  ...person(7, [
    { from: '2018-05-07', weeks: 8, benefit: 'kontanthjaelp' },
    { from: '2018-05-14', weeks: 1, hours: 5 },
  ]),
  // H: kontanthjælp 7 May – 1 Jul, no hours.
  ...person(8, [{ from: '2018-05-07', weeks: 8, benefit: 'kontanthjaelp' }]),
];

/** Attributes for some of them; the others fall in 'ukendt'. */
const PERSONS: PersonRow[] = [
  // A: turns 30 on 10 Apr 2018.
  { personId: 1, birthDate: '1988-04-10', sex: 'K', origin: 'dansk', education: 'grundskole' },
  { personId: 2, birthDate: '1970-01-01', sex: 'M', origin: 'vestlig', education: 'gymnasial' },
  // G: 27 on 1 May 2018 (28 on 15 May); H: 40 on 1 May 2018, the birthday itself.
  { personId: 7, birthDate: '1990-05-15', sex: 'M', origin: 'dansk', education: 'videregaaende' },
  {
    personId: 8,
    birthDate: '1978-05-01',
    sex: 'K',
    origin: 'ikke-vestlig',
    education: 'grundskole',
  },
];

const results = new Map<string, Map<string, Row[]>>();

describeEachEngine('numbers that misled (#15 items 1–3)', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const record = (key: string, rows: Row[]) => {
    if (!results.has(key)) results.set(key, new Map());
    results.get(key)!.set(spec.name, rows);
    return rows;
  };

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: WEEKS_ROWS, persons: PERSONS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('durations only where the whole spell up to the lookback is seen, capped at it', async () => {
    const rows = record(
      'forloeb',
      await session.run('forloeb', {
        kind: 'month',
        benefits: ['kontanthjaelp'],
        lookbackWeeks: 8,
      }),
    );
    // Lookback 8 weeks from 29 Jan = 26 Mar: the first whole month after it is April.
    // February (C, 3 weeks) is counted but has no duration: it could not hold a spell > 4 weeks.
    const feb = pick(rows, { period: '2018-02', area: 'DK' });
    expect(feb).toMatchObject({ ended_spells: 1, complete: false, lookback_weeks: 8 });
    expect(feb.avg_weeks).toBeNull();
    expect(feb.weeks_1_4).toBeNull();
    // April: A (11 weeks seen, left-censored, counts 8) and B (6): (8 + 6) / 2 = 7.
    const apr = pick(rows, { period: '2018-04', area: 'DK' });
    expect(apr).toMatchObject({ ended_spells: 2, complete: true, weeks_5_13: 2 });
    expect(apr.avg_weeks).toBeCloseTo(7, 9);
  });

  it('edge months and quarters not wholly inside the register are left out', async () => {
    const months = record(
      'fte-month',
      await session.run('fuldtidspersoner', { kind: 'month', benefits: ['kontanthjaelp'] }),
    );
    const periods = [...new Set(months.map((r) => r.period))].sort();
    // January has 3 days of data (29–31 Jan), August 26: both out.
    expect(periods).toEqual(['2018-02', '2018-03', '2018-04', '2018-05', '2018-06', '2018-07']);
    const quarters = record(
      'fte-quarter',
      await session.run('fuldtidspersoner', { kind: 'quarter', benefits: ['kontanthjaelp'] }),
    );
    expect([...new Set(quarters.map((r) => r.period))]).toEqual(['2018-Q2']);
    // Q2 (91 days): A 15 days (1–15 Apr), B 15, G and H 55 each (7 May – 30 Jun; their
    // last day, Sun 1 Jul, is Q3) → 140.
    expect(pick(quarters, { period: '2018-Q2', area: 'DK' }).fte).toBeCloseTo(140 / 91, 9);
    expect(await session.run('fuldtidspersoner', { kind: 'year' })).toEqual([]);
  });

  it('status after ledighedsydelse includes the share in fleksjob', async () => {
    const rows = record(
      'status',
      await session.run('status-efter', { kind: 'month', benefits: ['ledighedsydelse'] }),
    );
    // D, E, F end on 4 Mar (last benefit week 26 Feb, last day 4 Mar: March);
    // 13 weeks later (28 May): D fleksjob (another benefit), E nothing, F 37 h (wage).
    const mar = pick(rows, { period: '2018-03', area: 'DK', benefit: 'ledighedsydelse' });
    expect(mar.ended_spells).toBe(3);
    expect(mar.pct_fleksjob).toBeCloseTo(100 / 3, 9);
    expect(mar.pct_other_benefit).toBeCloseTo(100 / 3, 9);
    expect(mar.pct_wage).toBeCloseTo(100 / 3, 9);
    expect(mar.pct_other).toBeCloseTo(100 / 3, 9);
  });

  it('andel med ordinære løntimer: recipients with ordinary hours in a benefit week', async () => {
    const rows = record(
      'hours',
      await session.run('ordinaere-loentimer', { kind: 'month', from: '2018-02-01' }),
    );
    // May, kontanthjælp: G (5 h in the week of 14 May) and H → 1 of 2.
    const may = pick(rows, { period: '2018-05', area: 'DK', ydelsesgruppe: 'Kontanthjælp' });
    expect(may).toMatchObject({ persons: 2, with_hours: 1 });
    expect(may.pct).toBeCloseTo(50, 9);
    // June: G and H, no hours in any benefit week → 0 of 2.
    expect(
      pick(rows, { period: '2018-06', area: 'DK', ydelsesgruppe: 'Kontanthjælp' }),
    ).toMatchObject({ persons: 2, with_hours: 0 });
    // February, ledighedsydelse: D, E, F; F's 37 hours come after the spell → 0 of 3.
    expect(
      pick(rows, { period: '2018-02', area: 'DK', ydelsesgruppe: 'Ledighedsydelse' }),
    ).toMatchObject({ persons: 3, with_hours: 0 });
  });

  it('breaks fuldtidspersoner down by age on the first day of the month, and by sex', async () => {
    const age = record(
      'fte-age',
      await session.run('fuldtidspersoner', {
        kind: 'month',
        from: '2018-05-01',
        to: '2018-05-31',
        benefits: ['kontanthjaelp'],
        breakdown: 'age',
      }),
    );
    // May: G (27 on 1 May → 16-29) and H (40 on 1 May → 40-49), 25 days each (7–31 May).
    expect(pick(age, { area: 'DK', gruppe: '16-29' })).toMatchObject({ persons: 1 });
    expect(pick(age, { area: 'DK', gruppe: '40-49' }).fte).toBeCloseTo(25 / 31, 9);
    // No share of the labour force for a group (the labour force is per area only).
    expect(pick(age, { area: 'DK', gruppe: '40-49' }).fte_pct).toBeNull();
    expect(age.map((r) => r.gruppe).sort()).toEqual([
      '16-29',
      '16-29',
      '16-29',
      '40-49',
      '40-49',
      '40-49',
    ]);
    const april = record(
      'fte-sex',
      await session.run('fuldtidspersoner', {
        kind: 'month',
        from: '2018-04-01',
        to: '2018-04-30',
        benefits: ['kontanthjaelp'],
        breakdown: 'sex',
      }),
    );
    // April: A (K) 15 days, B (M) 15 days.
    expect(pick(april, { area: '849', gruppe: 'K' })).toMatchObject({ persons: 1 });
    expect(pick(april, { area: '849', gruppe: 'M' }).fte).toBeCloseTo(15 / 30, 9);
  });

  it('breaks status-efter down by origin, with ukendt for persons without attributes', async () => {
    const rows = record(
      'status-origin',
      await session.run('status-efter', {
        kind: 'month',
        benefits: ['ledighedsydelse'],
        breakdown: 'origin',
      }),
    );
    // D, E, F have no attributes.
    expect(pick(rows, { period: '2018-03', area: 'DK', gruppe: 'ukendt' }).ended_spells).toBe(3);
    expect(rows.filter((r) => r.gruppe !== 'ukendt')).toEqual([]);
  });

  it('tilgang og afgang: spells starting and ending per month', async () => {
    const rows = record(
      'flows',
      await session.run('tilgang-afgang', { kind: 'month', benefits: ['kontanthjaelp'] }),
    );
    const dk = (period: string) => {
      const r = rows.find((x) => x.period === period && x.area === 'DK');
      return r ? [r.inflow, r.outflow] : [0, 0];
    };
    // A runs from the first register week: no inflow; ends 15 Apr. B starts 5 Mar, ends 15 Apr.
    // C starts 5 Feb, ends 25 Feb. G and H start 7 May and run to 1 Jul: not ended (no whole
    // benefit-free month after them inside the data, which stops in August).
    expect(dk('2018-02')).toEqual([1, 1]);
    expect(dk('2018-03')).toEqual([1, 0]);
    expect(dk('2018-04')).toEqual([0, 2]);
    expect(dk('2018-05')).toEqual([2, 0]);
    expect(dk('2018-06')).toEqual([0, 0]);
    expect(dk('2018-07')).toEqual([0, 0]);
  });

  it('refuses a breakdown a measure does not have', async () => {
    await expect(
      session.run('loebende-sager', { kind: 'month', breakdown: 'category' }),
    ).rejects.toThrow(/loebende-sager cannot be broken down by category/);
  });
});

itWith(POSTGRES, 'both engines give identical rows', () => {
  let compared = 0;
  for (const [key, byEngine] of results) {
    const duck = byEngine.get('duckdb');
    const pg = byEngine.get('postgres');
    if (!duck || !pg) continue;
    expect(pg, key).toEqual(duck);
    compared++;
  }
  expect(compared).toBe(9);
});
