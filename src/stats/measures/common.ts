/** Helpers the measure files share: the area columns, window and period filters, month ends. */
import { addDays, addMonths, dayOfWeek, lastDayOfMonth } from '../../calendar/index.ts';
import { AGE_BANDS } from '../../register/population.ts';
import { CATEGORY_BENEFITS } from '../../register/schema.ts';
import { type AreaCells, inList, personsByArea, sqlString } from '../../sql/fragments.ts';
import { type PeriodKind, periodOf } from '../../sql/periods.ts';
import {
  type Breakdown,
  type Measure,
  type MeasureColumn,
  type MeasureContext,
  type MeasureParams,
  PERSON_BREAKDOWNS,
} from './types.ts';

/** The area columns every measure starts with (after its period). */
export const AREA: readonly MeasureColumn[] = [
  { name: 'area_level', type: 'text', labelDa: 'Niveau' },
  { name: 'area', type: 'text', labelDa: 'Område' },
];

export function windowOf(params: MeasureParams, ctx: MeasureContext): { from: string; to: string } {
  return {
    from: params.from ?? ctx.firstWeek,
    to: params.to ?? addDays(ctx.lastWeek, 6),
  };
}

/** First day of the period of `kind` holding `date`. */
export function periodStart(kind: PeriodKind, date: string): string {
  if (kind === 'year') return `${date.slice(0, 4)}-01-01`;
  if (kind === 'month') return `${date.slice(0, 7)}-01`;
  const firstMonth = 3 * Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return `${date.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
}

/** Last day of the period of `kind` holding `date`. */
export function periodEnd(kind: PeriodKind, date: string): string {
  const start = periodStart(kind, date);
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  return addDays(addMonths(start, months, 'clamp'), -1);
}

/**
 * The first and last period of `kind` lying wholly inside the register
 * (#15: an edge month or year with a few days of data is never shown as if it
 * were whole; December 2014 holding the 3 days of ISO week 2015-W01 once
 * showed 1,107 førtidspension persons but 107 full-time persons).
 */
export function completePeriods(
  kind: PeriodKind,
  ctx: MeasureContext,
): { first: string; last: string } {
  const firstDay = ctx.firstWeek;
  const lastDay = addDays(ctx.lastWeek, 6);
  const first =
    periodStart(kind, firstDay) === firstDay
      ? periodOf(kind, firstDay)
      : periodOf(kind, addDays(periodEnd(kind, firstDay), 1));
  const last =
    periodEnd(kind, lastDay) === lastDay
      ? periodOf(kind, lastDay)
      : periodOf(kind, addDays(periodStart(kind, lastDay), -1));
  return { first, last };
}

/** The periods overlapping the window and wholly inside the register (completePeriods). */
export function periodFilter(
  params: MeasureParams,
  ctx: MeasureContext,
  column = 'period',
): string {
  const { from, to } = windowOf(params, ctx);
  const complete = completePeriods(params.kind, ctx);
  const lo = [periodOf(params.kind, from), complete.first].sort()[1]!;
  const hi = [periodOf(params.kind, to), complete.last].sort()[0]!;
  return `${column} >= ${sqlString(lo)} AND ${column} <= ${sqlString(hi)}`;
}

export function benefitFilter(params: MeasureParams, column: string): string {
  return inList(column, params.benefits ?? []);
}

/** Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - dayOfWeek(date));
}

/** Month-end reference dates in the window, with the Monday of the week holding each. */
export function monthEnds(
  params: MeasureParams,
  ctx: MeasureContext,
): { period: string; date: string; week: string }[] {
  const { from, to } = windowOf(params, ctx);
  const out: { period: string; date: string; week: string }[] = [];
  let month = `${from.slice(0, 7)}-01`;
  while (month <= to) {
    const date = lastDayOfMonth(month);
    const week = mondayOf(date);
    if (date <= to && week >= ctx.firstWeek && week <= ctx.lastWeek) {
      out.push({ period: date.slice(0, 7), date, week });
    }
    month = addDays(date, 1);
  }
  return out;
}

export function valuesTable(name: string, columns: string[], rows: string[][]): string {
  if (rows.length === 0) {
    return `${name} AS (SELECT ${columns.map((c) => `CAST(NULL AS VARCHAR) AS ${c}`).join(', ')} WHERE FALSE)`;
  }
  const selects = rows.map((r) => `SELECT ${r.map((v, i) => `${v} AS ${columns[i]}`).join(', ')}`);
  return `${name} AS (${selects.join(' UNION ALL ')})`;
}

/** Months ending in the window, as a CTE ref_dates(period, ref_date, ref_week). */
export function refDatesCte(params: MeasureParams, ctx: MeasureContext): string {
  return valuesTable(
    'ref_dates',
    ['period', 'ref_date', 'ref_week'],
    monthEnds(params, ctx).map((m) => [
      sqlString(m.period),
      `CAST(${sqlString(m.date)} AS DATE)`,
      `CAST(${sqlString(m.week)} AS DATE)`,
    ]),
  );
}

/**
 * The benefit months of the measure's periods: \`months\` joined with the
 * period of each month, its region and ydelsesgruppe, restricted to the
 * periods overlapping the window (computed in full) and the chosen benefits.
 */
export function monthRows(
  params: MeasureParams,
  ctx: MeasureContext,
  where = 'TRUE',
  lean = false,
): string {
  // lean: without the region and a person-constant breakdown (monthPersonsByArea adds them
  // to the person rows of a quarter or year afterwards: LateColumns).
  const personLate = lean && isPersonConstant(params);
  const rowParams = personLate ? { ...params, breakdown: undefined } : params;
  return `SELECT q.period, q.period_days, x.person_id, x.municipality${lean ? '' : ', m.region'}, x.benefit, g.ydelsesgruppe,
    x.days, x.active_days, x.weeks, x.partial_weeks, x.wage_days,
    ${
      // A month's row is the person's only one at every level unless they moved that month; over
      // a quarter or year only a person who never moved is known to be in one municipality.
      params.kind === 'month'
        ? 'CASE WHEN x.areas = 1 THEN 1 ELSE 0 END'
        : 'CASE WHEN x.moved THEN 0 ELSE 1 END'
    } AS unique_area${breakdownSelect(
      rowParams,
      {
        // Age on the first day of the month.
        year: 'q.year',
        month: 'q.month_no',
        day: '1',
      },
      {
        category: 'x.category',
        benefit: 'x.benefit',
        // The spell's duration at the person's last benefit day of the month (months carries the
        // calendar-month spell of each row: spell_start, spell_end; monthsSql).
        durationDays: 'LEAST(q.month_end, x.spell_end) - x.spell_start + 1',
        leftCensored: `x.spell_start = CAST(${sqlString(ctx.firstWeek)} AS DATE)`,
      },
    )}
  FROM months x
  JOIN ref_month q ON q.month = x.month AND q.kind = ${sqlString(params.kind)}
  JOIN ref_benefit g ON g.code = x.benefit
  ${lean ? '' : 'JOIN ref_municipality m ON m.code = x.municipality'}
  ${breakdownJoin(rowParams, 'x.person_id')}
  WHERE ${periodFilter(params, ctx, 'q.period')} AND ${benefitFilter(params, 'x.benefit')} AND ${where}`;
}

/**
 * Persons per cell and area from the person-month rows (monthRows restricted by `where`):
 * personsByArea with the month rows split by `areas` (a person in one municipality that month).
 */
export function monthPersonsByArea(
  params: MeasureParams,
  ctx: MeasureContext,
  keys: readonly string[],
  cells: AreaCells,
  where = 'TRUE',
): string {
  const monthly = params.kind === 'month';
  const personLate = !monthly && isPersonConstant(params);
  return personsByArea(
    (w) => monthRows(params, ctx, `${where} AND ${w}`, !monthly),
    { unique: 'x.areas = 1', movers: 'x.areas > 1' },
    keys,
    cells,
    monthly,
    {
      keys: personLate ? ['region', 'gruppe'] : ['region'],
      select: [
        'm.region',
        ...(personLate ? [breakdownSelect(params, dateParts('NULL')).slice(2)] : []),
      ],
      joins: `JOIN ref_municipality m ON m.code = p0.municipality${personLate ? ` ${personJoin('p0.person_id')}` : ''}`,
    },
  );
}

/** Breakdowns by an attribute that is the same in every row of a person (not age: it changes). */
const PERSON_CONSTANT: readonly Breakdown[] = ['sex', 'origin', 'education'];

export function isPersonConstant(params: MeasureParams): boolean {
  return params.breakdown !== undefined && PERSON_CONSTANT.includes(params.breakdown);
}

/** Duration bands (weeks) for "forløb fordelt på varighed". */
export const DURATION_BANDS: readonly {
  name: string;
  labelDa: string;
  min: number;
  max: number;
}[] = [
  { name: 'weeks_1_4', labelDa: '1–4 uger', min: 1, max: 4 },
  { name: 'weeks_5_13', labelDa: '5–13 uger', min: 5, max: 13 },
  { name: 'weeks_14_26', labelDa: '14–26 uger', min: 14, max: 26 },
  { name: 'weeks_27_52', labelDa: '27–52 uger', min: 27, max: 52 },
  { name: 'weeks_53_104', labelDa: '53–104 uger', min: 53, max: 104 },
  { name: 'weeks_105_plus', labelDa: 'Over 104 uger', min: 105, max: 1_000_000 },
];

/**
 * Duration bands of a spell so far ("varighed"), in months of 30.4375 days: the bands
 * measures.md § 1 gives for the activation rate ("0–1½ months, 1½–3 months and so on"),
 * continued at the 3, 6, 9 and 12 months the same entry measures over. A spell seen from
 * the register's first week (left-censored) has no known duration: 'ukendt'.
 */
export const DURATION_SO_FAR_BANDS: readonly { name: string; maxMonths: number }[] = [
  { name: '0-1½ mdr', maxMonths: 1.5 },
  { name: '1½-3 mdr', maxMonths: 3 },
  { name: '3-6 mdr', maxMonths: 6 },
  { name: '6-9 mdr', maxMonths: 9 },
  { name: '9-12 mdr', maxMonths: 12 },
  { name: 'over 12 mdr', maxMonths: Number.POSITIVE_INFINITY },
];

/** Days in a month: 30.4375 (365.25 ÷ 12), as samtalekadence counts whole months. */
export const DAYS_PER_MONTH = 30.4375;

/** The breakdown group of a benefit without a visitationskategori. */
export const NOT_APPLICABLE = 'ikke-relevant';

/** The breakdowns a measure offers (`breakdowns: true` = the person attributes). */
export function breakdownsOf(measure: Measure): readonly Breakdown[] {
  if (measure.breakdowns === true) return PERSON_BREAKDOWNS;
  return measure.breakdowns || [];
}

/** The breakdown column, placed after the area columns when a breakdown is asked for. */
export const BREAKDOWN_COLUMN: MeasureColumn = { name: 'gruppe', type: 'text', labelDa: 'Gruppe' };

/** The measure's columns for these parameters: with `gruppe` after the area when broken down. */
export function columnsFor(measure: Measure, params: MeasureParams): readonly MeasureColumn[] {
  if (!params.breakdown) return measure.columns;
  const at = measure.columns.findIndex((c) => c.name === 'area') + 1;
  return [...measure.columns.slice(0, at), BREAKDOWN_COLUMN, ...measure.columns.slice(at)];
}

/** The grouping keys the breakdown adds: ['gruppe'] or none. */
export function breakdownKeys(params: MeasureParams): string[] {
  return params.breakdown ? ['gruppe'] : [];
}

/**
 * The person attributes with the birth date as one ordered integer (DATE_KEY): taken once per
 * person here rather than once per joined row (16 million person-months at 1M persons) in the
 * age band.
 */
const PERSON_COLUMNS = `SELECT person_id, birth_date, sex, origin, education,
    ${DATE_KEY('CAST(EXTRACT(YEAR FROM birth_date) AS INTEGER)', 'CAST(EXTRACT(MONTH FROM birth_date) AS INTEGER)', 'CAST(EXTRACT(DAY FROM birth_date) AS INTEGER)')} AS birth_key
  FROM persons`;

/**
 * A date as one integer that orders like the date: (year × 12 + month) × 32 + day. A person
 * is at most `max` years old on a day exactly when the day's key is below the birth date's key
 * plus (max + 1) × 12 × 32 (their (max + 1)th birthday, 29 February falling as the
 * year-by-year comparison of month and day has it), so an age band is one subtraction and a
 * comparison per row, not the age computed in every band's test.
 */
function DATE_KEY(year: string, month: string, day: string): string {
  return `((${year}) * 12 + (${month})) * 32 + (${day})`;
}
const YEAR_KEYS = 12 * 32;

/** The join to the person attributes (alias bp), as breakdownSelect reads them. */
export function personJoin(personId: string): string {
  return `LEFT JOIN (${PERSON_COLUMNS}) bp ON bp.person_id = ${personId}`;
}

/** The join to the person attributes a breakdown needs (alias bp), or nothing. */
export function breakdownJoin(params: MeasureParams, personId: string): string {
  return params.breakdown && PERSON_BREAKDOWNS.includes(params.breakdown)
    ? personJoin(personId)
    : '';
}

/** Where a row's category and spell come from, for the category and duration breakdowns. */
export interface BreakdownSources {
  /** The visitationskategori column and the benefit column beside it. */
  category?: string;
  benefit?: string;
  /** Days from the spell's first benefit day to the day its duration is taken at (≥ 1). */
  durationDays?: string;
  /** The spell began before the register (its duration is unknown). */
  leftCensored?: string;
}

/** The category group: the category, 'ikke-relevant' for benefits without one, 'ukendt' when missing. */
function categoryGroup(sources: BreakdownSources): string {
  if (!sources.category || !sources.benefit) throw new Error('no category for this measure');
  const withCategory = Object.keys(CATEGORY_BENEFITS);
  return `CASE WHEN ${inList(sources.benefit, withCategory)} THEN COALESCE(${sources.category}, 'ukendt') ELSE '${NOT_APPLICABLE}' END`;
}

/** The duration-so-far band (DURATION_SO_FAR_BANDS), 'ukendt' for a left-censored spell. */
function durationGroup(sources: BreakdownSources): string {
  if (!sources.durationDays || !sources.leftCensored) {
    throw new Error('no spell duration for this measure');
  }
  // days ≤ max × 30.4375, written without division: 10000 × days ≤ max × 304375.
  const bands = DURATION_SO_FAR_BANDS.filter((b) => Number.isFinite(b.maxMonths))
    .map(
      (b) =>
        `WHEN 10000 * (${sources.durationDays}) <= ${Math.round(b.maxMonths * DAYS_PER_MONTH * 10000)} THEN '${b.name}'`,
    )
    .join(' ');
  // A spell seen from the register's first week is known only to be at least this long.
  const year = Math.round(12 * DAYS_PER_MONTH * 10000);
  return `CASE WHEN ${sources.leftCensored} AND 10000 * (${sources.durationDays}) <= ${year} THEN 'ukendt' ${bands} ELSE '${DURATION_SO_FAR_BANDS.at(-1)!.name}' END`;
}

/**
 * The breakdown group of a row, as a SQL expression (with a leading comma), or
 * nothing. Age is in whole years on the day given by `year`, `month`, `day`
 * (SQL integer expressions), banded as AGE_BANDS; portable to both engines.
 */
export function breakdownSelect(
  params: MeasureParams,
  on: { year: string; month: string; day: string },
  sources: BreakdownSources = {},
): string {
  switch (params.breakdown) {
    case undefined:
      return '';
    case 'category':
      return `, ${categoryGroup(sources)} AS gruppe`;
    case 'duration':
      return `, ${durationGroup(sources)} AS gruppe`;
    case 'age': {
      const since = `(${DATE_KEY(on.year, on.month, on.day)} - bp.birth_key)`;
      const bands = AGE_BANDS.map(
        (b) => `WHEN ${since} < ${(b.max + 1) * YEAR_KEYS} THEN '${b.name}'`,
      ).join(' ');
      return `, CASE WHEN bp.birth_date IS NULL THEN 'ukendt' ${bands} END AS gruppe`;
    }
    default:
      return `, COALESCE(bp.${params.breakdown}, 'ukendt') AS gruppe`;
  }
}

/** Year, month and day of a DATE expression, for breakdownSelect. */
export function dateParts(date: string): { year: string; month: string; day: string } {
  return {
    year: `CAST(EXTRACT(YEAR FROM ${date}) AS INTEGER)`,
    month: `CAST(EXTRACT(MONTH FROM ${date}) AS INTEGER)`,
    day: `CAST(EXTRACT(DAY FROM ${date}) AS INTEGER)`,
  };
}
