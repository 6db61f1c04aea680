/**
 * Rettidighed takes kontanthjælp's and uddannelseshjælp's målgruppe from the register's
 * visitationskategori (spells.start_category: the category of the spell's first benefit
 * week), not from the simulator's readiness draw (a hash of the person id: 70 %
 * aktivitetsparat), on DuckDB and PostgreSQL.
 *
 * Register: Monday 2 Dec 2019 to Monday 28 Dec 2020 (data end Sunday 3 Jan 2021). Each person
 * below starts a benefit on Monday 6 Jan 2020 for 30 weeks and has no interviews. The rule in
 * force is LAB § 16 as of 2020 (`lab2020-kontaktforloeb-min4`, shared/domain/rules.md § 1): at
 * least 4 individual interviews in the first 6 months, for 6.2–6.5 alike, all due on the last
 * day of the 6 months, 5 Jul 2020; none held, so each person has 4 missed obligations in July
 * 2020, counted under their målgruppe. The persons' draws (hashShare(`p<id>:readiness`) < 0.7)
 * were computed by hand from the FNV-1a hash: p1, p2, p7 aktivitetsparat; p6, p11 jobparat.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { Category, RegisterBenefit, RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { Row, SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { itWith } from '../support/requirements.ts';
import { describeEachEngine, EngineResults, POSTGRES } from './engines.ts';

const FIRST = '2019-12-02';
const START = '2020-01-06';

function person(
  personId: number,
  benefit: RegisterBenefit,
  category: (week: number) => Category | null,
): RegisterWeek[] {
  return Array.from({ length: 57 }, (_, i) => {
    const week = addDays(FIRST, 7 * i);
    const k = (Date.parse(week) - Date.parse(START)) / (7 * 86_400_000);
    const on = k >= 0 && k < 30;
    return {
      personId,
      week,
      municipality: '849',
      benefit: on ? benefit : null,
      hours: 0,
      activation: null,
      education: false,
      partialSick: null,
      category: on ? category(k) : null,
    };
  });
}

const WEEKS: RegisterWeek[] = [
  // p1: drawn aktivitetsparat, visiteret jobparat → 6.2 (the draw said 6.3).
  ...person(1, 'kontanthjaelp', () => 'jobparat'),
  // p6: drawn jobparat, visiteret aktivitetsparat → 6.3 (the draw said 6.2).
  ...person(6, 'kontanthjaelp', () => 'aktivitetsparat'),
  // p2: drawn aktivitetsparat, uddannelseshjælp visiteret uddannelsesparat → 6.4 (draw: 6.5).
  ...person(2, 'uddannelseshjaelp', () => 'uddannelsesparat'),
  // p11: drawn jobparat, no category in the register → the draw: 6.2.
  ...person(11, 'kontanthjaelp', () => null),
  // p7: drawn aktivitetsparat, jobparat for 4 weeks, then aktivitetsparat: the first week's
  // category → 6.2 (the draw said 6.3).
  ...person(7, 'kontanthjaelp', (k) => (k < 4 ? 'jobparat' : 'aktivitetsparat')),
];

const results = new EngineResults();

describeEachEngine('rettidighed by the register visitationskategori', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;

  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: WEEKS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('counts each person under the målgruppe of their category at the spell start', async () => {
    const rows = results.record(
      spec.name,
      'month',
      await session.run('rettidighed', { kind: 'month' }),
    );
    const july = (group: string): Row | undefined =>
      rows.find((r) => r.period === '2020-07' && r.area === 'DK' && r.maalgruppe === group);
    // 6.2: p1, p11 and p7, 4 each; 6.3: p6; 6.4: p2; nobody in 6.5.
    expect(july('6.2')).toMatchObject({ due: 12, on_time: 0, late: 0, missed: 12 });
    expect(july('6.3')).toMatchObject({ due: 4, missed: 4 });
    expect(july('6.4')).toMatchObject({ due: 4, missed: 4 });
    expect(july('6.5')).toBeUndefined();
    // No obligation falls due in another month.
    expect(rows.filter((r) => r.area === 'DK').map((r) => r.period)).toEqual([
      '2020-07',
      '2020-07',
      '2020-07',
    ]);
  });
});

itWith(POSTGRES, 'rettidighed by category: both engines give identical rows', () => {
  results.compare(1);
});
