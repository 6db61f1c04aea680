/**
 * manglende-aktiv-indsats with several activation runs per person: a month end counts as
 * active when any activation week lies in the 52 weeks up to and including its week, also
 * when a later run starts after the month end (the measure joins each month end to the run
 * that started last on or before it). Worked by hand, on DuckDB and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables } from '../../src/register/tables.ts';
import type { SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { describeEachEngine, pick } from './engines.ts';

const FIRST = '2018-01-01';
const WEEKS = 65; // to the week of Monday 2019-03-25

/** Kontanthjælp in every week; vejledning in the weeks listed. */
function person(personId: number, active: readonly string[]): RegisterWeek[] {
  return Array.from({ length: WEEKS }, (_, i) => {
    const week = addDays(FIRST, 7 * i);
    return {
      personId,
      week,
      municipality: '849',
      benefit: 'kontanthjaelp',
      hours: 0,
      activation: active.includes(week) ? 'vejledning-opkvalificering' : null,
      education: false,
      partialSick: null,
    };
  });
}

const WEEKS_ROWS: RegisterWeek[] = [
  // A: a run of 1–15 Jan 2018 and one in the week of 7 Jan 2019.
  ...person(1, ['2018-01-01', '2018-01-08', '2018-01-15', '2019-01-07']),
  // B: one week, 5 Feb 2018.
  ...person(2, ['2018-02-05']),
  // C: the week of 1 Jan 2018 and a run of 12–19 Feb 2018.
  ...person(3, ['2018-01-01', '2018-02-12', '2018-02-19']),
  // D: never activated.
  ...person(4, []),
];

describeEachEngine('manglende-aktiv-indsats with several activation runs', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, {
      weeks: WEEKS_ROWS,
      labourForce: [{ year: 2018, municipality: '849', persons: 100 }],
    });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('counts a month end as active when an earlier run lies in its 52 weeks', async () => {
    const rows = await session.run('manglende-aktiv-indsats', {
      kind: 'month',
      from: '2018-12-01',
      to: '2019-02-28',
    });
    const idle = (period: string) => {
      const r = pick(rows, { period, area: '849', benefit: 'kontanthjaelp' });
      return [r.long_term, r.without_offer];
    };
    // All four began 1 Jan 2018, at least 52 weeks before each month end.
    // 31 Dec 2018 (week of 31 Dec; 52 weeks back: after 1 Jan 2018): A's run ending 15 Jan
    // (its next run starts 7 Jan 2019, after the month end), B's 5 Feb and C's 19 Feb are
    // inside; D idle → 1.
    expect(idle('2018-12')).toEqual([4, 1]);
    // 31 Jan 2019 (week of 28 Jan; after 29 Jan 2018): A (7 Jan 2019), B (5 Feb), C (19 Feb)
    // active; D idle → 1.
    expect(idle('2019-01')).toEqual([4, 1]);
    // 28 Feb 2019 (week of 25 Feb; after 26 Feb 2018): A active (7 Jan 2019); B's 5 Feb and C's
    // 19 Feb 2018 are too early → B, C, D idle → 3.
    expect(idle('2019-02')).toEqual([4, 3]);
  });
});
