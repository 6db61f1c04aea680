/**
 * The age band on the first day of the month (breakdownSelect's ordered date keys) at the
 * edges a birthday makes: born 29 February (no birthday in 2018: 30 from 1 March, as the
 * month-and-day comparison has it) and born the day after the month starts. Worked by hand,
 * on DuckDB and PostgreSQL.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.ts';
import type { RegisterWeek } from '../../src/register/schema.ts';
import { loadRegisterTables, type PersonRow } from '../../src/register/tables.ts';
import type { SqlEngine } from '../../src/sql/engine.ts';
import { MeasureSession } from '../../src/stats/session.ts';
import { describeEachEngine, pick } from './engines.ts';

// Ten weeks of kontanthjælp from Monday 29 Jan 2018 (to Sunday 8 Apr): February and March whole.
const weeks = (personId: number): RegisterWeek[] =>
  Array.from({ length: 10 }, (_, i) => ({
    personId,
    week: addDays('2018-01-29', 7 * i),
    municipality: '849',
    benefit: 'kontanthjaelp',
    hours: 0,
    activation: null,
    education: false,
    partialSick: null,
  }));

const PERSONS: PersonRow[] = [
  // 29 on 1 Feb 2018, 30 on 1 Mar 2018 (1 March follows 29 February in a year without one).
  { personId: 1, birthDate: '1988-02-29', sex: 'K', origin: 'dansk', education: 'gymnasial' },
  // 29 on 1 Mar 2018 (30 on 2 March), so still 16–29 in March.
  { personId: 2, birthDate: '1988-03-02', sex: 'M', origin: 'dansk', education: 'gymnasial' },
];

describeEachEngine('age bands at birthdays', (spec) => {
  let engine: SqlEngine;
  let session: MeasureSession;
  beforeAll(async () => {
    engine = await spec.open();
    await loadRegisterTables(engine, { weeks: [...weeks(1), ...weeks(2)], persons: PERSONS });
    session = await MeasureSession.open(engine);
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('counts a person in the band of their age on the first day of the month', async () => {
    const rows = await session.run('fuldtidspersoner', {
      kind: 'month',
      from: '2018-02-01',
      to: '2018-03-31',
      breakdown: 'age',
    });
    const dk = rows.filter((r) => r.area === 'DK');
    expect(pick(dk, { period: '2018-02', gruppe: '16-29' }).persons).toBe(2);
    expect(dk.filter((r) => r.period === '2018-02')).toHaveLength(1);
    expect(pick(dk, { period: '2018-03', gruppe: '16-29' }).persons).toBe(1);
    expect(pick(dk, { period: '2018-03', gruppe: '30-39' }).persons).toBe(1);
  });
});
