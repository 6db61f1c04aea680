/**
 * The tables the measures read, created the same way on both engines:
 * the register itself (when it is not a view over Parquet), the labour-force
 * denominators, interviews (case events), and small reference tables built
 * from src/reference and the calendar: municipality → region, benefit →
 * ydelsesgruppe, and the period calendar (which days of each register week
 * fall in each month, quarter and year).
 */
import { addDays, daysInMonth, fromDayNumber, isLeapYear, toDayNumber } from '../calendar/index.ts';
import { MUNICIPALITIES } from '../reference/municipalities.ts';
import { sqlString } from '../register/duckdb.ts';
import { BENEFIT_GROUPS, REGISTER_BENEFITS, type RegisterWeek } from '../register/schema.ts';
import type { SqlEngine } from './engine.ts';

export const REGISTER_DDL = `CREATE TABLE register (
  person_id BIGINT NOT NULL,
  week DATE NOT NULL,
  municipality VARCHAR(3) NOT NULL,
  benefit VARCHAR(32),
  hours DOUBLE PRECISION NOT NULL,
  activation VARCHAR(32),
  education BOOLEAN NOT NULL,
  partial_sick BOOLEAN,
  year INTEGER NOT NULL
)`;

export const LABOUR_FORCE_DDL = `CREATE TABLE labour_force (
  year INTEGER NOT NULL,
  municipality VARCHAR(3) NOT NULL,
  persons INTEGER NOT NULL
)`;

export const INTERVIEWS_DDL = `CREATE TABLE interviews (
  person_id BIGINT NOT NULL,
  date DATE NOT NULL,
  kind VARCHAR(32) NOT NULL
)`;

export interface LabourForceRow {
  year: number;
  municipality: string;
  /** Labour force aged 16–66 (arbejdsstyrken 16–66 år) in the municipality that year. */
  persons: number;
}

export interface InterviewRow {
  personId: number;
  date: string;
  /** e.g. 'jobsamtale' */
  kind: string;
}

function lit(value: string | number | boolean | null): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('non-finite number in SQL literal');
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return sqlString(value);
}

async function insertValues(
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

/** Creates `register`, `labour_force` and `interviews` as tables and fills them (tests, PostgreSQL). */
export async function loadRegisterTables(
  engine: SqlEngine,
  data: {
    weeks: readonly RegisterWeek[];
    labourForce?: readonly LabourForceRow[];
    interviews?: readonly InterviewRow[];
  },
): Promise<void> {
  await engine.run(REGISTER_DDL);
  await engine.run(LABOUR_FORCE_DDL);
  await engine.run(INTERVIEWS_DDL);
  await insertValues(
    engine,
    'register',
    data.weeks.map((w) => [
      w.personId,
      w.week,
      w.municipality,
      w.benefit,
      w.hours,
      w.activation,
      w.education,
      w.partialSick,
      Number(isoYearOfMonday(w.week)),
    ]),
    ['', 'DATE', '', '', 'DOUBLE PRECISION', '', '', 'BOOLEAN', ''],
  );
  await insertValues(
    engine,
    'labour_force',
    (data.labourForce ?? []).map((r) => [r.year, r.municipality, r.persons]),
  );
  await insertValues(
    engine,
    'interviews',
    (data.interviews ?? []).map((r) => [r.personId, r.date, r.kind]),
    ['', 'DATE', ''],
  );
}

/** The ISO year of a week given by its Monday (the year of its Thursday). */
export function isoYearOfMonday(monday: string): number {
  return Number(addDays(monday, 3).slice(0, 4));
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** Label of the period of `kind` holding `date`: '2017-06', '2017-Q2', '2017'. */
export function periodOf(kind: PeriodKind, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

export function daysInPeriod(kind: PeriodKind, label: string): number {
  const year = Number(label.slice(0, 4));
  if (kind === 'year') return isLeapYear(year) ? 366 : 365;
  if (kind === 'month') return daysInMonth(year, Number(label.slice(5, 7)));
  const q = Number(label.slice(6));
  let days = 0;
  for (let m = 3 * q - 2; m <= 3 * q; m++) days += daysInMonth(year, m);
  return days;
}

export interface PeriodCalendarRow {
  kind: PeriodKind;
  period: string;
  week: string;
  /** Days of the week that fall in the period (1–7). */
  days: number;
  periodDays: number;
  /** The week's Thursday falls in the period (the period that "owns" the week). */
  thursday: boolean;
}

/** For every register week from firstWeek to lastWeek (Mondays), the days it contributes to each period. */
export function periodCalendar(firstWeek: string, lastWeek: string): PeriodCalendarRow[] {
  const rows: PeriodCalendarRow[] = [];
  for (let d = toDayNumber(firstWeek); d <= toDayNumber(lastWeek); d += 7) {
    for (const kind of ['month', 'quarter', 'year'] as const) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 7; i++) {
        const label = periodOf(kind, fromDayNumber(d + i));
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const thursday = periodOf(kind, fromDayNumber(d + 3));
      for (const [period, days] of counts) {
        rows.push({
          kind,
          period,
          week: fromDayNumber(d),
          days,
          periodDays: daysInPeriod(kind, period),
          thursday: period === thursday,
        });
      }
    }
  }
  return rows;
}

export interface MonthPeriodRow {
  kind: PeriodKind;
  /** 'YYYY-MM' */
  month: string;
  /** The month's period of `kind`: '2017-06', '2017-Q2' or '2017'. */
  period: string;
  periodDays: number;
}

/** Every calendar month touched by the weeks firstWeek..lastWeek, with its month, quarter and year. */
export function monthPeriods(firstWeek: string, lastWeek: string): MonthPeriodRow[] {
  const rows: MonthPeriodRow[] = [];
  const last = addDays(lastWeek, 6).slice(0, 7);
  let y = Number(firstWeek.slice(0, 4));
  let m = Number(firstWeek.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    for (const kind of ['month', 'quarter', 'year'] as const) {
      const period = periodOf(kind, `${month}-01`);
      rows.push({ kind, month, period, periodDays: daysInPeriod(kind, period) });
    }
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return rows;
}

/**
 * Creates ref_municipality, ref_benefit, ref_period (register week → period
 * days) and ref_month (calendar month → month, quarter, year) as temporary
 * tables on the engine.
 */
export async function createReferenceTables(
  engine: SqlEngine,
  range: { firstWeek: string; lastWeek: string },
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
    REGISTER_BENEFITS.map((b) => [b, BENEFIT_GROUPS[b].ydelsesgruppe]),
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
    'CREATE TEMP TABLE ref_month (kind VARCHAR(8) NOT NULL, month VARCHAR(8) NOT NULL, period VARCHAR(8) NOT NULL, period_days INTEGER NOT NULL)',
  );
  await insertValues(
    engine,
    'ref_month',
    monthPeriods(range.firstWeek, range.lastWeek).map((r) => [
      r.kind,
      r.month,
      r.period,
      r.periodDays,
    ]),
  );
}
