/**
 * Persons who move between municipalities inside a period must be counted
 * once per area (region, whole country) and once in each municipality they
 * lived in: the measures count persons per area from the derived person-month
 * table without COUNT(DISTINCT), treating movers separately. Expected values
 * are worked out by hand below, on both engines.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables, type PersonRow } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { describeEachEngine } from './engines.ts';

// Weeks from Monday 2018-01-01, 9 weeks on sygedagpenge (to Sunday 2018-03-04), then 4 weeks
// without a benefit (to Sunday 2018-04-01) so that the first quarter lies wholly inside the
// register (partial quarters are left out).
interface WeekPlan {
  municipality: string;
  sick: boolean;
  partial?: boolean;
  offer?: boolean;
}

function weeks(personId: number, sickPlan: WeekPlan[]): RegisterWeek[] {
  const last = sickPlan[sickPlan.length - 1]!.municipality;
  const plan: WeekPlan[] = [
    ...sickPlan,
    ...Array.from({ length: 4 }, () => ({ municipality: last, sick: false })),
  ];
  return plan.map((p, i) => ({
    personId,
    week: addDays('2018-01-01', 7 * i),
    municipality: p.municipality,
    benefit: p.sick ? 'sygedagpenge' : null,
    hours: 0,
    activation: p.offer ? 'virksomhedspraktik' : null,
    education: false,
    partialSick: p.sick ? (p.partial ?? false) : null,
  }));
}

const j = (municipality: string, extra: { partial?: boolean; offer?: boolean } = {}) => ({
  municipality,
  sick: true,
  ...extra,
});

const WEEKS: RegisterWeek[] = [
  // P1: sygedagpenge all 9 weeks; Jammerbugt (849) weeks 1–2, Rebild (840, same region 1081)
  // weeks 3–9; partially sick-listed in week 2 (8–14 Jan) only; an offer in week 1 only.
  ...weeks(1, [
    j('849', { offer: true }),
    j('849', { partial: true }),
    ...Array.from({ length: 7 }, () => j('840')),
  ]),
  // P2: sygedagpenge 9 weeks in København (101, region 1084), no partial, no offer.
  ...weeks(
    2,
    Array.from({ length: 9 }, () => j('101')),
  ),
  // P3: sygedagpenge weeks 1–3 in Jammerbugt, then København weeks 4–9 (another region).
  ...weeks(3, [j('849'), j('849'), j('849'), ...Array.from({ length: 6 }, () => j('101'))]),
];

// P1 (a mover inside Nordjylland) a woman of western origin, P2 a man of Danish origin; P3
// (a mover between regions) has no person row: 'ukendt' in every breakdown.
const PERSONS: PersonRow[] = [
  { personId: 1, birthDate: '1980-05-01', sex: 'K', origin: 'vestlig', education: 'gymnasial' },
  { personId: 2, birthDate: '1970-05-01', sex: 'M', origin: 'dansk', education: 'gymnasial' },
];

describeEachEngine('persons who move inside a period', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  const pick = (rows: Row[], area: string, period: string) => {
    const found = rows.filter((r) => r.area === area && r.period === period);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: WEEKS, persons: PERSONS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('fuldtidspersoner: a mover counts in each municipality, once in the region and country', async () => {
    const params = { kind: 'month' as const, from: '2018-01-01', to: '2018-01-31' };
    const rows = await session.run('fuldtidspersoner', params);
    // January: weeks 1–5 (1 Jan – 4 Feb) put 7, 7, 7, 7, 3 days in January (31 days).
    // 849: P1 weeks 1–2 (14 days), P3 weeks 1–3 (21 days): 2 persons, 35 days.
    const m849 = pick(rows, '849', '2018-01');
    expect(m849.persons).toBe(2);
    expect(m849.fte).toBeCloseTo(35 / 31, 9);
    // 840: P1 weeks 3–5: 7 + 7 + 3 = 17 days.
    expect(pick(rows, '840', '2018-01').persons).toBe(1);
    // Region Nordjylland 1081: P1 (31 days, both municipalities) and P3 (21 days) = 2 persons.
    const r1081 = pick(rows, '1081', '2018-01');
    expect(r1081.persons).toBe(2);
    expect(r1081.fte).toBeCloseTo(52 / 31, 9);
    // Region Hovedstaden 1084: P2 (31 days) and P3 weeks 4–5 (7 + 3 = 10 days).
    expect(pick(rows, '1084', '2018-01').persons).toBe(2);
    // Whole country: 3 persons, 31 × 3 = 93 days.
    const dk = pick(rows, 'DK', '2018-01');
    expect(dk.persons).toBe(3);
    expect(dk.fte).toBeCloseTo(3, 9);
    // By quarter (Q1: all 9 weeks = 63 days of each person, 90 days): same person counts.
    const q = await session.run('fuldtidspersoner', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
    });
    expect(pick(q, '1081', '2018-Q1').persons).toBe(2);
    expect(pick(q, 'DK', '2018-Q1').persons).toBe(3);
    expect(pick(q, 'DK', '2018-Q1').fte).toBeCloseTo(189 / 90, 9);
  });

  it('a quarter by sex counts each mover once per area, in their own group', async () => {
    const q = await session.run('fuldtidspersoner', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      breakdown: 'sex',
    });
    const cell = (area: string, gruppe: string) => {
      const found = q.filter((r) => r.area === area && r.gruppe === gruppe);
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    // P1 (849 weeks 1–2, 840 weeks 3–9): in both municipalities, once in region 1081.
    expect(cell('849', 'K').persons).toBe(1);
    expect(cell('840', 'K').persons).toBe(1);
    expect(cell('1081', 'K').persons).toBe(1);
    expect(cell('DK', 'K').persons).toBe(1);
    expect(cell('DK', 'K').fte).toBeCloseTo(63 / 90, 9);
    // P3 (849 weeks 1–3, 101 weeks 4–9): once in each region and once in the country.
    for (const area of ['849', '101', '1081', '1084', 'DK']) {
      expect(cell(area, 'ukendt').persons).toBe(1);
    }
    // P2 in København only; no men in Nordjylland.
    expect(cell('101', 'M').persons).toBe(1);
    expect(cell('1084', 'M').persons).toBe(1);
    expect(q.filter((r) => r.area === '1081' && r.gruppe === 'M')).toHaveLength(0);
    // By origin the same persons: 1081 has P1 (vestlig) and P3 (ukendt).
    const o = await session.run('fuldtidspersoner', {
      kind: 'quarter',
      from: '2018-01-01',
      to: '2018-03-31',
      breakdown: 'origin',
    });
    const r1081 = (gruppe: string) => o.find((r) => r.area === '1081' && r.gruppe === gruppe);
    expect([r1081('vestlig')?.persons, r1081('ukendt')?.persons, r1081('dansk')]).toEqual([
      1,
      1,
      undefined,
    ]);
  });

  it('aktiveringsgrad and delvise-raskmeldinger count a mover once per region', async () => {
    const params = { kind: 'month' as const, from: '2018-01-01', to: '2018-01-31' };
    const a = await session.run('aktiveringsgrad', params);
    // Region 1081: P1 (offer in week 1: 7 active days of 31) and P3 (21 days, none active).
    const r = pick(a, '1081', '2018-01');
    expect(r.persons).toBe(2);
    expect(r.activated).toBe(1);
    expect(r.activation_pct).toBeCloseTo((100 * 7) / 52, 9);
    expect(pick(a, '840', '2018-01').activated).toBe(0);
    const p = await session.run('delvise-raskmeldinger', params);
    // Weeks owned by January (Thursday in January): weeks 1–4. P1 partial in week 2 (in 849).
    expect(pick(p, '1081', '2018-01').recipients).toBe(2);
    expect(pick(p, '1081', '2018-01').partial).toBe(1);
    expect(pick(p, 'DK', '2018-01').recipients).toBe(3);
    expect(pick(p, 'DK', '2018-01').partial).toBe(1);
    // 840: P1's January weeks 3–4 there are not partial.
    expect(pick(p, '840', '2018-01').partial).toBe(0);
  });
});
