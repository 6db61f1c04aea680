/**
 * Small reference tables the derived tables and the measures join against,
 * created the same way on both engines from src/reference and the calendar:
 * municipality → region, benefit → ydelsesgruppe, and the period calendar
 * (which days of each register week fall in each month, quarter and year).
 */
import { lastDayOfMonth } from '../calendar/index.ts';
import { MUNICIPALITIES } from '../reference/municipalities.ts';
import { sqlString } from './duckdb.ts';
import type { SqlEngine } from './engine.ts';
import { monthPeriods, periodCalendar } from './periods.ts';

function lit(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('non-finite number in SQL literal');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return sqlString(value);
}

/** INSERTs `rows` in chunks of 500, each value a literal (optionally CAST to `casts[j]`). */
export async function insertValues(
  engine: SqlEngine,
  table: string,
  rows: readonly (readonly (string | number | boolean | null)[])[],
  casts: readonly string[] = [],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values = chunk
      .map(
        (row) =>
          `(${row.map((v, j) => (casts[j] ? `CAST(${lit(v)} AS ${casts[j]})` : lit(v))).join(', ')})`,
      )
      .join(',\n');
    await engine.run(`INSERT INTO ${table} VALUES ${values}`);
  }
}

/**
 * Creates ref_municipality, ref_benefit, ref_period (register week → period
 * days) and ref_month (calendar month → month, quarter, year) as temporary
 * tables on the engine.
 */
export async function createReferenceTables(
  engine: SqlEngine,
  range: { firstWeek: string; lastWeek: string },
  /** ref_benefit's rows: each benefit code with its ydelsesgruppe (the register's BENEFIT_GROUPS). */
  benefits: readonly { code: string; ydelsesgruppe: string }[],
): Promise<void> {
  await engine.run('DROP TABLE IF EXISTS ref_municipality');
  await engine.run('DROP TABLE IF EXISTS ref_benefit');
  await engine.run('DROP TABLE IF EXISTS ref_period');
  await engine.run('DROP TABLE IF EXISTS ref_month');
  await engine.run(
    'CREATE TEMP TABLE ref_municipality (code VARCHAR(3) NOT NULL, region VARCHAR(4) NOT NULL)',
  );
  await insertValues(
    engine,
    'ref_municipality',
    MUNICIPALITIES.map((m) => [m.code, m.regionCode]),
  );
  await engine.run(
    'CREATE TEMP TABLE ref_benefit (code VARCHAR(32) NOT NULL, ydelsesgruppe VARCHAR(64) NOT NULL)',
  );
  await insertValues(
    engine,
    'ref_benefit',
    benefits.map((b) => [b.code, b.ydelsesgruppe]),
  );
  await engine.run(
    'CREATE TEMP TABLE ref_period (kind VARCHAR(8) NOT NULL, period VARCHAR(8) NOT NULL, week DATE NOT NULL, days INTEGER NOT NULL, period_days INTEGER NOT NULL, thursday INTEGER NOT NULL)',
  );
  await insertValues(
    engine,
    'ref_period',
    periodCalendar(range.firstWeek, range.lastWeek).map((r) => [
      r.kind,
      r.period,
      r.week,
      r.days,
      r.periodDays,
      r.thursday ? 1 : 0,
    ]),
    ['', '', 'DATE', '', '', ''],
  );
  await engine.run(
    'CREATE TEMP TABLE ref_month (kind VARCHAR(8) NOT NULL, month VARCHAR(8) NOT NULL, period VARCHAR(8) NOT NULL, period_days INTEGER NOT NULL, month_start DATE NOT NULL, month_end DATE NOT NULL, year INTEGER NOT NULL, month_no INTEGER NOT NULL)',
  );
  await insertValues(
    engine,
    'ref_month',
    monthPeriods(range.firstWeek, range.lastWeek).map((r) => [
      r.kind,
      r.month,
      r.period,
      r.periodDays,
      `${r.month}-01`,
      lastDayOfMonth(`${r.month}-01`),
      Number(r.month.slice(0, 4)),
      Number(r.month.slice(5, 7)),
    ]),
    ['', '', '', '', 'DATE', 'DATE'],
  );
  if (engine.dialect === 'postgres') {
    // Temporary tables are never analysed by autovacuum: without statistics PostgreSQL took
    // ref_period for 4 rows, expected 8,000 person-months of 170,000 and joined them by nested
    // loops (register load-postgres of 10,000 persons: 177 s).
    for (const table of ['ref_municipality', 'ref_benefit', 'ref_period', 'ref_month']) {
      await engine.run(`ANALYZE ${table}`);
    }
  }
}
