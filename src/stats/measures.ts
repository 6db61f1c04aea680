/**
 * The jobindsats-style measures, each defined once as SQL that runs unchanged
 * on DuckDB and PostgreSQL. Definitions: shared/domain/measures.md §§ 1, 4, 6;
 * the choices the sources leave open are stated in docs/statistics.md.
 *
 * Every measure returns one row per period × area (whole country, region,
 * municipality) × breakdown, with typed columns; `runMeasure` converts the
 * engine's values to those types so both engines give identical rows.
 */
import { addDays, dayOfWeek, lastDayOfMonth } from '../calendar/index.ts';
import { municipalityByCode } from '../reference/municipalities.ts';
import { COMPANY_ORIENTED, REGISTER_BENEFITS } from '../register/schema.ts';
import type { Row, SqlEngine } from './engine.ts';
import {
  AREA_COLUMNS,
  areaGroupingSets,
  inList,
  monthIndex,
  monthIndexOf,
  periodLabel,
  personsByArea,
  ratio,
  sqlString,
} from './sql.ts';
import { createReferenceTables, type PeriodKind, periodOf } from './tables.ts';

export type ColumnType = 'text' | 'int' | 'float' | 'bool';

export interface MeasureColumn {
  name: string;
  type: ColumnType;
  /** Danish label for reports. */
  labelDa: string;
  /**
   * Small-cell suppression: the column holding the number of persons (or
   * spells) behind this cell; the cell prints "." when that is below 3.
   */
  suppressBy?: string;
}

export interface MeasureParams {
  /** Period granularity for period-based measures. */
  kind: PeriodKind;
  /** First day of the window (YYYY-MM-DD); default: the register's first week. */
  from?: string;
  /** Last day of the window; default: the register's last day. */
  to?: string;
  /** Restrict to these benefit codes (where the measure has a benefit breakdown). */
  benefits?: readonly string[];
  /** Interview-cadence k values (default 1–5). */
  maxK?: number;
  /** Flere skal med: the visitation reference date (default 2018-01-31). */
  referenceDate?: string;
  /** Flere skal med: first day of the 3-month window (default the month after referenceDate). */
  windowStart?: string;
  /** Spell rule: 'calendar-month' (default, jobindsats from 2018) or 'any-gap' (earlier rule). */
  gapRule?: 'calendar-month' | 'any-gap';
}

export interface MeasureContext {
  /** Monday of the register's first week. */
  firstWeek: string;
  /** Monday of the register's last week. */
  lastWeek: string;
}

export interface Measure {
  id: string;
  titleDa: string;
  titleEn: string;
  description: string;
  /** Derived tables the SQL reads (built once per engine session). */
  needs: readonly DerivedTable[];
  columns: readonly MeasureColumn[];
  sql(params: MeasureParams, ctx: MeasureContext): string;
}

const AREA: readonly MeasureColumn[] = [
  { name: 'area_level', type: 'text', labelDa: 'Niveau' },
  { name: 'area', type: 'text', labelDa: 'Område' },
];

function windowOf(params: MeasureParams, ctx: MeasureContext): { from: string; to: string } {
  return {
    from: params.from ?? ctx.firstWeek,
    to: params.to ?? addDays(ctx.lastWeek, 6),
  };
}

function periodFilter(params: MeasureParams, ctx: MeasureContext, column = 'period'): string {
  const { from, to } = windowOf(params, ctx);
  return `${column} >= ${sqlString(periodOf(params.kind, from))} AND ${column} <= ${sqlString(periodOf(params.kind, to))}`;
}

function benefitFilter(params: MeasureParams, column: string): string {
  return inList(column, params.benefits ?? []);
}

/** Monday of the ISO week holding `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - dayOfWeek(date));
}

/** Month-end reference dates in the window, with the Monday of the week holding each. */
function monthEnds(
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

function valuesTable(name: string, columns: string[], rows: string[][]): string {
  if (rows.length === 0) {
    return `${name} AS (SELECT ${columns.map((c) => `CAST(NULL AS VARCHAR) AS ${c}`).join(', ')} WHERE FALSE)`;
  }
  const selects = rows.map((r) => `SELECT ${r.map((v, i) => `${v} AS ${columns[i]}`).join(', ')}`);
  return `${name} AS (${selects.join(' UNION ALL ')})`;
}

/** Months ending in the window, as a CTE ref_dates(period, ref_date, ref_week). */
function refDatesCte(params: MeasureParams, ctx: MeasureContext): string {
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
 * Benefit spells (ydelsesforløb). A spell is interrupted only after one full
 * calendar month without the benefit (jobindsats rule; measures.md § 1): with
 * weekly data, the gap between the Sunday ending one benefit week and the
 * Monday starting the next must contain a whole calendar month, which is
 * exactly "month index of the next Monday − month index of that Sunday ≥ 2".
 * Moves between municipalities do not split a spell. Under 'any-gap' any week
 * without the benefit breaks it (the rule before 2018).
 *
 * Columns: person_id, benefit, start_week, last_week (Mondays),
 * end_municipality, weeks (elapsed weeks from start to end, gaps included),
 * benefit_weeks, ended (a whole benefit-free month is observed after it),
 * left_censored, and follow_status: for an ended spell whose 13th week after
 * the last benefit week (last_week + 91 days) is inside the data, the status
 * that week ('same' benefit again, another 'benefit', 'wage' employment,
 * 'education', 'other' — also when the person has no row that week); NULL
 * otherwise. It is derived here, once, so that status-efter need not join the
 * spells against every weekly row each time it runs.
 */
export function spellsSql(ctx: MeasureContext, gapRule: MeasureParams['gapRule']): string {
  const lastDay = addDays(ctx.lastWeek, 6);
  // The last calendar month fully inside the data.
  const lastCompleteMonth =
    lastDayOfMonth(lastDay) === lastDay ? monthIndexOf(lastDay) : monthIndexOf(lastDay) - 1;
  const breaks =
    gapRule === 'any-gap'
      ? (a: string, b: string) => `${b} - ${a} > 7`
      : (a: string, b: string) => `${monthIndex(b)} - ${monthIndex(`${a} + 6`)} >= 2`;
  return `CREATE TEMP TABLE spells AS
WITH w AS (
  SELECT person_id, benefit, week, municipality,
    LAG(week) OVER (PARTITION BY person_id, benefit ORDER BY week) AS prev_week,
    LEAD(week) OVER (PARTITION BY person_id, benefit ORDER BY week) AS next_week
  FROM register WHERE benefit IS NOT NULL
), f AS (
  SELECT person_id, benefit, week, municipality,
    CASE WHEN prev_week IS NULL OR ${breaks('prev_week', 'week')} THEN 1 ELSE 0 END AS starts,
    CASE WHEN next_week IS NULL OR ${breaks('week', 'next_week')} THEN 1 ELSE 0 END AS ends
  FROM w
), n AS (
  SELECT person_id, benefit, week, municipality, ends,
    SUM(starts) OVER (PARTITION BY person_id, benefit ORDER BY week ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_no
  FROM f
), s AS (
  SELECT person_id, benefit, spell_no, MIN(week) AS start_week, MAX(week) AS last_week,
    COUNT(*) AS benefit_weeks,
    MAX(CASE WHEN ends = 1 THEN municipality END) AS end_municipality
  FROM n GROUP BY person_id, benefit, spell_no
), e AS (
  SELECT person_id, benefit, start_week, last_week, end_municipality, benefit_weeks,
    CAST((last_week - start_week) / 7 AS INTEGER) + 1 AS weeks,
    CASE WHEN ${monthIndex('last_week + 6')} + 1 <= ${lastCompleteMonth} THEN TRUE ELSE FALSE END AS ended,
    CASE WHEN start_week = CAST(${sqlString(ctx.firstWeek)} AS DATE) THEN TRUE ELSE FALSE END AS left_censored
  FROM s
)
SELECT e.person_id, e.benefit, e.start_week, e.last_week, e.end_municipality, e.benefit_weeks,
  e.weeks, e.ended, e.left_censored,
  -- The status in the follow-up week (status-efter; measures.md § 6).
  CASE
    WHEN NOT e.ended OR e.last_week + 91 > CAST(${sqlString(ctx.lastWeek)} AS DATE) THEN NULL
    WHEN r.benefit = e.benefit THEN 'same'
    WHEN r.benefit IS NOT NULL THEN 'benefit'
    WHEN r.hours > 0 THEN 'wage'
    WHEN r.education THEN 'education'
    ELSE 'other' END AS follow_status
FROM e LEFT JOIN register r ON r.person_id = e.person_id AND r.week = e.last_week + 91`;
}

/** Derived tables: `spells` (spellsSql) and `months` (monthsSql). */
export type DerivedTable = 'spells' | 'months';

/**
 * The person × calendar month × municipality × benefit aggregate of the
 * benefit weeks (weeks without a benefit are left out), derived once when a
 * register is written and stored beside it (months.parquet), like spells.
 * The FTE, activation and partial-sick measures read it instead of the weekly
 * rows (about 4–5 weekly rows per row).
 *
 * Columns: person_id, month ('YYYY-MM'), municipality, benefit; days = days of
 * the person's benefit weeks falling in the month (a week straddling two
 * months is split by days); active_days = those days in weeks with an active
 * offer; weeks = benefit weeks whose Thursday falls in the month (the month
 * that owns the week); partial_weeks = those weeks flagged partial_sick;
 * areas = the number of municipalities the person has rows in for that month
 * and benefit (1 except in a month with a move), so the measures can count
 * persons per area without a per-person GROUP BY (personsByArea).
 */
export function monthsSql(): string {
  return `CREATE TEMP TABLE months AS
WITH pm AS (
  SELECT r.person_id, p.period AS month, r.municipality, r.benefit,
    CAST(SUM(p.days) AS INTEGER) AS days,
    CAST(SUM(CASE WHEN r.activation IS NULL THEN 0 ELSE p.days END) AS INTEGER) AS active_days,
    CAST(SUM(p.thursday) AS INTEGER) AS weeks,
    CAST(SUM(CASE WHEN r.partial_sick THEN p.thursday ELSE 0 END) AS INTEGER) AS partial_weeks
  FROM register r
  JOIN ref_period p ON p.week = r.week AND p.kind = 'month'
  WHERE r.benefit IS NOT NULL
  GROUP BY r.person_id, p.period, r.municipality, r.benefit
), movers AS (
  SELECT person_id FROM pm GROUP BY person_id HAVING MIN(municipality) <> MAX(municipality)
), moves AS (
  SELECT pm.person_id, pm.month, pm.benefit, CAST(COUNT(*) AS INTEGER) AS areas
  FROM pm JOIN movers v ON v.person_id = pm.person_id
  GROUP BY pm.person_id, pm.month, pm.benefit
)
SELECT pm.person_id, pm.month, pm.municipality, pm.benefit, pm.days, pm.active_days, pm.weeks,
  pm.partial_weeks, COALESCE(v.areas, 1) AS areas
FROM pm LEFT JOIN moves v ON v.person_id = pm.person_id AND v.month = pm.month AND v.benefit = pm.benefit`;
}

/**
 * The benefit months of the measure's periods: \`months\` joined with the
 * period of each month, its region and ydelsesgruppe, restricted to the
 * periods overlapping the window (computed in full) and the chosen benefits.
 */
function monthRows(params: MeasureParams, ctx: MeasureContext, where = 'TRUE'): string {
  return `SELECT q.period, q.period_days, x.person_id, x.municipality, m.region, x.benefit, g.ydelsesgruppe,
    x.days, x.active_days, x.weeks, x.partial_weeks,
    CASE WHEN q.kind = 'month' THEN 1 ELSE 0 END AS unique_municipality,
    CASE WHEN q.kind = 'month' AND x.areas = 1 THEN 1 ELSE 0 END AS unique_area
  FROM months x
  JOIN ref_month q ON q.month = x.month AND q.kind = ${sqlString(params.kind)}
  JOIN ref_benefit g ON g.code = x.benefit
  JOIN ref_municipality m ON m.code = x.municipality
  WHERE ${periodFilter(params, ctx, 'q.period')} AND ${benefitFilter(params, 'x.benefit')} AND ${where}`;
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

const fuldtidspersoner: Measure = {
  id: 'fuldtidspersoner',
  titleDa: 'Fuldtidspersoner og andel af arbejdsstyrken 16–66 år',
  titleEn: 'Full-time persons (FTE) and share of the labour force aged 16–66',
  description:
    'Person-days on the benefit ÷ days in the period, by ydelsesgruppe; persons = distinct persons with the benefit in the period; share = FTE ÷ labour force 16–66 of the year × 100.',
  needs: ['months'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'ydelsesgruppe', type: 'text', labelDa: 'Ydelsesgruppe' },
    { name: 'persons', type: 'int', labelDa: 'Antal personer', suppressBy: 'persons' },
    { name: 'fte', type: 'float', labelDa: 'Antal fuldtidspersoner', suppressBy: 'persons' },
    { name: 'labour_force', type: 'int', labelDa: 'Arbejdsstyrke 16–66 år' },
    {
      name: 'fte_pct',
      type: 'float',
      labelDa: 'Fuldtidspersoner i pct. af arbejdsstyrken',
      suppressBy: 'persons',
    },
  ],
  sql(params, ctx) {
    return `WITH b AS (
  ${monthRows(params, ctx)}
), a AS (
${personsByArea(
  'b',
  ['period', 'ydelsesgruppe'],
  [
    ['days', 'SUM'],
    ['period_days', 'MAX'],
  ],
  ['COUNT(*) AS persons', `${ratio('SUM(days)', 'MAX(period_days)')} AS fte`],
)}
), l AS (
  SELECT lf.year, ${AREA_COLUMNS}, SUM(lf.persons) AS labour_force
  FROM (SELECT lf.year, lf.municipality, m.region, lf.persons FROM labour_force lf JOIN ref_municipality m ON m.code = lf.municipality) lf
  GROUP BY ${areaGroupingSets(['year'])}
)
SELECT a.period, a.area_level, a.area, a.ydelsesgruppe, a.persons, a.fte, l.labour_force,
  100 * ${ratio('a.fte', 'l.labour_force')} AS fte_pct
FROM a LEFT JOIN l ON l.year = CAST(SUBSTR(a.period, 1, 4) AS INTEGER) AND l.area_level = a.area_level AND l.area = a.area`;
  },
};

const spellDurations: Measure = {
  id: 'forloeb',
  titleDa: 'Afsluttede forløb: antal, gennemsnitlig varighed og fordeling på varighed',
  titleEn: 'Ended benefit spells: number, average duration, counts by duration band',
  description:
    'Spells under the one-calendar-month interruption rule, dated by the period of their last benefit day and placed in the municipality of their last week; duration in weeks from the first to the last benefit week.',
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    { name: 'ended_spells', type: 'int', labelDa: 'Afsluttede forløb', suppressBy: 'ended_spells' },
    {
      name: 'avg_weeks',
      type: 'float',
      labelDa: 'Gennemsnitlig varighed (uger)',
      suppressBy: 'ended_spells',
    },
    ...DURATION_BANDS.map((b) => ({
      name: b.name,
      type: 'int' as const,
      labelDa: b.labelDa,
      suppressBy: b.name,
    })),
  ],
  sql(params, ctx) {
    const bands = DURATION_BANDS.map(
      (b) => `SUM(CASE WHEN weeks BETWEEN ${b.min} AND ${b.max} THEN 1 ELSE 0 END) AS ${b.name}`,
    ).join(',\n    ');
    return `WITH e AS (
  SELECT ${periodLabel(params.kind, 's.last_week + 6')} AS period, s.benefit, s.weeks,
    s.end_municipality AS municipality, m.region
  FROM spells s JOIN ref_municipality m ON m.code = s.end_municipality
  WHERE s.ended AND ${benefitFilter(params, 's.benefit')}
)
SELECT period, ${AREA_COLUMNS}, benefit, COUNT(*) AS ended_spells,
    ${ratio('SUM(weeks)', 'COUNT(*)')} AS avg_weeks,
    ${bands}
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit'])}`;
  },
};

const statusAfter: Measure = {
  id: 'status-efter',
  titleDa: 'Status 3 måneder efter afsluttet forløb',
  titleEn: 'Status 3 months (13 weeks) after the end of a spell',
  description:
    'Ended spells by period of ending; status in the 13th week after the last benefit week: wage employment (no benefit, ordinary hours > 0), education (no benefit, no hours, in education), same benefit again, another benefit, or other. Spells whose follow-up week lies beyond the data are left out.',
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    { name: 'ended_spells', type: 'int', labelDa: 'Afsluttede forløb', suppressBy: 'ended_spells' },
    {
      name: 'pct_wage',
      type: 'float',
      labelDa: 'Lønmodtagerbeskæftigelse (%)',
      suppressBy: 'ended_spells',
    },
    { name: 'pct_education', type: 'float', labelDa: 'Uddannelse (%)', suppressBy: 'ended_spells' },
    {
      name: 'pct_same_benefit',
      type: 'float',
      labelDa: 'Tilbagefald (%)',
      suppressBy: 'ended_spells',
    },
    {
      name: 'pct_other_benefit',
      type: 'float',
      labelDa: 'Anden ydelse (%)',
      suppressBy: 'ended_spells',
    },
    { name: 'pct_other', type: 'float', labelDa: 'Øvrige (%)', suppressBy: 'ended_spells' },
  ],
  sql(params, ctx) {
    return `WITH e AS (
  SELECT ${periodLabel(params.kind, 's.last_week + 6')} AS period, s.benefit,
    s.end_municipality AS municipality, m.region,
    s.follow_status AS status
  FROM spells s
  JOIN ref_municipality m ON m.code = s.end_municipality
  WHERE s.ended AND s.last_week + 91 <= CAST(${sqlString(ctx.lastWeek)} AS DATE)
    AND ${benefitFilter(params, 's.benefit')}
)
SELECT period, ${AREA_COLUMNS}, benefit, COUNT(*) AS ended_spells,
  100 * ${ratio("SUM(CASE WHEN status = 'wage' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_wage,
  100 * ${ratio("SUM(CASE WHEN status = 'education' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_education,
  100 * ${ratio("SUM(CASE WHEN status = 'same' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_same_benefit,
  100 * ${ratio("SUM(CASE WHEN status = 'benefit' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_other_benefit,
  100 * ${ratio("SUM(CASE WHEN status = 'other' THEN 1 ELSE 0 END)", 'COUNT(*)')} AS pct_other
FROM e WHERE ${periodFilter(params, ctx)}
GROUP BY ${areaGroupingSets(['period', 'benefit'])}`;
  },
};

const partialSick: Measure = {
  id: 'delvise-raskmeldinger',
  titleDa: 'Antal og andel delvise raskmeldinger/sygemeldinger',
  titleEn: 'Partial sick or return-to-work notifications',
  description:
    'Sygedagpenge recipients in the period with at least one week flagged partially sick-listed, and their share of all sygedagpenge recipients in the period (the denominator is not stated in the source; this is a choice).',
  needs: ['months'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'recipients', type: 'int', labelDa: 'Sygedagpengemodtagere', suppressBy: 'recipients' },
    { name: 'partial', type: 'int', labelDa: 'Antal delvise', suppressBy: 'partial' },
    { name: 'partial_pct', type: 'float', labelDa: 'Andel delvise (%)', suppressBy: 'recipients' },
  ],
  sql(params, ctx) {
    return `WITH b AS (
  ${monthRows({ ...params, benefits: ['sygedagpenge'] }, ctx, 'x.weeks > 0')}
)
${personsByArea(
  'b',
  ['period'],
  [['partial_weeks', 'SUM']],
  [
    'COUNT(*) AS recipients',
    'SUM(CASE WHEN partial_weeks > 0 THEN 1 ELSE 0 END) AS partial',
    `100 * ${ratio('SUM(CASE WHEN partial_weeks > 0 THEN 1 ELSE 0 END)', 'COUNT(*)')} AS partial_pct`,
  ],
)}`;
  },
};

const interviewCadence: Measure = {
  id: 'samtalekadence',
  titleDa: 'Andel med mindst k samtaler efter k måneders ledighed',
  titleEn: 'Share with at least k interviews at k months of unemployment (dagpenge)',
  description:
    'At each month end: a-dagpenge recipients in the week holding that day whose spell has lasted k whole months (k = floor(days since spell start ÷ 30.4375), 1 ≤ k ≤ 5); share with at least k interviews (any kind) from the spell start to that day. Source: measures.md § 1 (000_213603cd5354bb1f.txt pp. 26–27).',
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Måned' },
    ...AREA,
    { name: 'k', type: 'int', labelDa: 'Måneder (k)' },
    { name: 'persons', type: 'int', labelDa: 'Dagpengemodtagere', suppressBy: 'persons' },
    { name: 'with_k', type: 'int', labelDa: 'Med mindst k samtaler', suppressBy: 'with_k' },
    { name: 'pct', type: 'float', labelDa: 'Andel (%)', suppressBy: 'persons' },
  ],
  sql(params) {
    return cadenceTemplate
      .replaceAll('__MAXK__', String(params.maxK ?? 5))
      .replaceAll('__BENEFIT__', sqlString(params.benefits?.[0] ?? 'a-dagpenge'));
  },
};

const cadenceTemplate = `WITH __REFDATES__, c AS (
  SELECT d.period, d.ref_date, r.person_id, r.municipality, m.region, s.start_week,
    CAST(FLOOR((d.ref_date - s.start_week + 1) / 30.4375) AS INTEGER) AS k
  FROM ref_dates d
  JOIN register r ON r.week = d.ref_week AND r.benefit = __BENEFIT__
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= d.ref_week AND s.last_week >= d.ref_week
), i AS (
  SELECT c.period, c.person_id, COUNT(iv.person_id) AS interviews
  FROM c LEFT JOIN interviews iv ON iv.person_id = c.person_id
    AND iv.date >= c.start_week AND iv.date <= c.ref_date
  GROUP BY c.period, c.person_id
), j AS (
  SELECT c.period, c.municipality, c.region, c.k, CASE WHEN i.interviews >= c.k THEN 1 ELSE 0 END AS ok
  FROM c JOIN i ON i.period = c.period AND i.person_id = c.person_id
  WHERE c.k >= 1 AND c.k <= __MAXK__
)
SELECT period, ${AREA_COLUMNS}, k, COUNT(*) AS persons, SUM(ok) AS with_k,
  100 * ${ratio('SUM(ok)', 'COUNT(*)')} AS pct
FROM j GROUP BY ${areaGroupingSets(['period', 'k'])}`;

const activationRate: Measure = {
  id: 'aktiveringsgrad',
  titleDa: 'Aktiveringsgrad',
  titleEn: 'Activation rate',
  description:
    'Full-time persons in an active offer ÷ full-time persons on the benefit × 100, by ydelsesgruppe (jobindsats practice; duration-band breakdown not implemented).',
  needs: ['months'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Periode' },
    ...AREA,
    { name: 'ydelsesgruppe', type: 'text', labelDa: 'Ydelsesgruppe' },
    { name: 'persons', type: 'int', labelDa: 'Antal personer', suppressBy: 'persons' },
    { name: 'activated', type: 'int', labelDa: 'Personer i aktivering', suppressBy: 'activated' },
    {
      name: 'activation_pct',
      type: 'float',
      labelDa: 'Aktiveringsgrad (%)',
      suppressBy: 'persons',
    },
  ],
  sql(params, ctx) {
    return `WITH b AS (
  ${monthRows(params, ctx)}
)
${personsByArea(
  'b',
  ['period', 'ydelsesgruppe'],
  [
    ['days', 'SUM'],
    ['active_days', 'SUM'],
  ],
  [
    'COUNT(*) AS persons',
    'SUM(CASE WHEN active_days > 0 THEN 1 ELSE 0 END) AS activated',
    `100 * ${ratio('SUM(active_days)', 'SUM(days)')} AS activation_pct`,
  ],
)}`;
  },
};

const noActiveOffer: Measure = {
  id: 'manglende-aktiv-indsats',
  titleDa: 'Andel med mindst 1 års forløb uden aktivt tilbud',
  titleEn: 'Share with at least one year on benefit and no active offer',
  description:
    'At each month end: recipients (week holding that day) whose spell has lasted at least 52 weeks; share with no week of activation in the 52 weeks up to and including that week.',
  needs: ['spells'],
  columns: [
    { name: 'period', type: 'text', labelDa: 'Måned' },
    ...AREA,
    { name: 'benefit', type: 'text', labelDa: 'Ydelse' },
    {
      name: 'long_term',
      type: 'int',
      labelDa: 'Personer med mindst 1 års forløb',
      suppressBy: 'long_term',
    },
    {
      name: 'without_offer',
      type: 'int',
      labelDa: 'Uden aktivt tilbud',
      suppressBy: 'without_offer',
    },
    {
      name: 'pct',
      type: 'float',
      labelDa: 'Andel uden aktivt tilbud (%)',
      suppressBy: 'long_term',
    },
  ],
  sql() {
    return `WITH __REFDATES__, c AS (
  SELECT d.period, d.ref_week, r.person_id, r.benefit, r.municipality, m.region
  FROM ref_dates d
  JOIN register r ON r.week = d.ref_week AND r.benefit IS NOT NULL AND __BENEFITS__
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= d.ref_week - 357 AND s.last_week >= d.ref_week
), a AS (
  SELECT c.period, c.person_id, c.benefit, COUNT(x.person_id) AS active_weeks
  FROM c LEFT JOIN register x ON x.person_id = c.person_id
    AND x.week > c.ref_week - 364 AND x.week <= c.ref_week AND x.activation IS NOT NULL
  GROUP BY c.period, c.person_id, c.benefit
), j AS (
  SELECT c.period, c.municipality, c.region, c.benefit, CASE WHEN a.active_weeks = 0 THEN 1 ELSE 0 END AS idle
  FROM c JOIN a ON a.period = c.period AND a.person_id = c.person_id AND a.benefit = c.benefit
)
SELECT period, ${AREA_COLUMNS}, benefit, COUNT(*) AS long_term, SUM(idle) AS without_offer,
  100 * ${ratio('SUM(idle)', 'COUNT(*)')} AS pct
FROM j GROUP BY ${areaGroupingSets(['period', 'benefit'])}`;
  },
};

const flereSkalMed: Measure = {
  id: 'flere-skal-med-40',
  titleDa: 'Flere skal med: 40 %-kriteriet (virksomhedsforløb mv. over 3 måneder)',
  titleEn: '"Flere skal med" 40 % criterion',
  description:
    'Group: kontanthjælp recipients in the week holding the reference date (default 2018-01-31) with a spell of at least 52 weeks (proxy for Gruppe 1), placed in that week\'s municipality. Outcome: at least one week in the 3-month window (13 weeks from windowStart) with praktik or løntilskud, ordinary hours, fleksjob or education ("virksomhedsforløb mv.", measures.md § 4). Criterion met when the share is at least 40 %.',
  needs: ['spells'],
  columns: [
    ...AREA,
    {
      name: 'group_persons',
      type: 'int',
      labelDa: 'Personer i målgruppen',
      suppressBy: 'group_persons',
    },
    {
      name: 'in_company',
      type: 'int',
      labelDa: 'I virksomhedsforløb mv.',
      suppressBy: 'in_company',
    },
    { name: 'pct', type: 'float', labelDa: 'Andel (%)', suppressBy: 'group_persons' },
    { name: 'criterion_met', type: 'bool', labelDa: 'Mindst 40 %', suppressBy: 'group_persons' },
  ],
  sql(params) {
    const referenceDate = params.referenceDate ?? '2018-01-31';
    const refWeek = mondayOf(referenceDate);
    const windowStart = params.windowStart ?? addDays(lastDayOfMonth(referenceDate), 1);
    const windowFirstWeek = mondayOf(windowStart);
    const windowLastWeek = addDays(windowFirstWeek, 12 * 7);
    const benefit = params.benefits?.[0] ?? 'kontanthjaelp';
    return `WITH g AS (
  SELECT r.person_id, r.municipality, m.region
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= CAST(${sqlString(refWeek)} AS DATE) - 357 AND s.last_week >= CAST(${sqlString(refWeek)} AS DATE)
  WHERE r.week = CAST(${sqlString(refWeek)} AS DATE) AND r.benefit = ${sqlString(benefit)}
), o AS (
  SELECT DISTINCT x.person_id FROM register x JOIN g ON g.person_id = x.person_id
  WHERE x.week >= CAST(${sqlString(windowFirstWeek)} AS DATE) AND x.week <= CAST(${sqlString(windowLastWeek)} AS DATE)
    AND (${inList('x.activation', COMPANY_ORIENTED)} OR x.hours > 0 OR x.benefit = 'fleksjob' OR x.education)
), j AS (
  SELECT g.municipality, g.region, CASE WHEN o.person_id IS NULL THEN 0 ELSE 1 END AS hit
  FROM g LEFT JOIN o ON o.person_id = g.person_id
)
SELECT ${AREA_COLUMNS}, COUNT(*) AS group_persons, SUM(hit) AS in_company,
  100 * ${ratio('SUM(hit)', 'COUNT(*)')} AS pct,
  CASE WHEN SUM(hit) * 10 >= COUNT(*) * 4 THEN TRUE ELSE FALSE END AS criterion_met
FROM j GROUP BY ${areaGroupingSets([])}`;
  },
};

const openCases: Measure = {
  id: 'loebende-sager',
  titleDa: 'Antal løbende sager pr. uge',
  titleEn: 'Open cases by ISO week: jobafklaring, sygedagpenge weeks 5–52 and over 52',
  description:
    'For each register week: persons on jobafklaring; persons on sygedagpenge whose spell is in its week 5–52, and beyond week 52 (week 1 = the first sygedagpenge week of the spell).',
  needs: ['spells'],
  columns: [
    { name: 'week', type: 'text', labelDa: 'Uge' },
    ...AREA,
    {
      name: 'jobafklaring',
      type: 'int',
      labelDa: 'Jobafklaringssager',
      suppressBy: 'jobafklaring',
    },
    {
      name: 'syg_5_52',
      type: 'int',
      labelDa: 'Sygedagpengesager 5-52 uger',
      suppressBy: 'syg_5_52',
    },
    {
      name: 'syg_over_52',
      type: 'int',
      labelDa: 'Sygedagpengesager over 52 uger',
      suppressBy: 'syg_over_52',
    },
  ],
  sql(params, ctx) {
    const { from, to } = windowOf(params, ctx);
    return `WITH c AS (
  SELECT r.week, r.municipality, m.region, r.benefit,
    CAST((r.week - s.start_week) / 7 AS INTEGER) + 1 AS spell_week
  FROM register r
  JOIN ref_municipality m ON m.code = r.municipality
  JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
    AND s.start_week <= r.week AND s.last_week >= r.week
  WHERE r.benefit IN ('jobafklaring', 'sygedagpenge')
    AND r.week >= CAST(${sqlString(mondayOf(from))} AS DATE) AND r.week <= CAST(${sqlString(to)} AS DATE)
)
SELECT CAST(week AS VARCHAR) AS week, ${AREA_COLUMNS},
  SUM(CASE WHEN benefit = 'jobafklaring' THEN 1 ELSE 0 END) AS jobafklaring,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week BETWEEN 5 AND 52 THEN 1 ELSE 0 END) AS syg_5_52,
  SUM(CASE WHEN benefit = 'sygedagpenge' AND spell_week > 52 THEN 1 ELSE 0 END) AS syg_over_52
FROM c GROUP BY ${areaGroupingSets(['week'])}`;
  },
};

export const MEASURES: readonly Measure[] = [
  fuldtidspersoner,
  spellDurations,
  statusAfter,
  partialSick,
  interviewCadence,
  activationRate,
  noActiveOffer,
  flereSkalMed,
  openCases,
];

export function measureById(id: string): Measure {
  const m = MEASURES.find((x) => x.id === id);
  if (!m) {
    throw new Error(
      `unknown measure ${JSON.stringify(id)}; known: ${MEASURES.map((x) => x.id).join(', ')}`,
    );
  }
  return m;
}

/** Fills the placeholders that need the data's context (month-end dates, benefit filter). */
function finalSql(measure: Measure, params: MeasureParams, ctx: MeasureContext): string {
  let sql = measure.sql(params, ctx);
  if (sql.includes('__REFDATES__')) {
    sql = sql.replace('__REFDATES__', refDatesCte({ ...params, kind: 'month' }, ctx));
  }
  return sql.replaceAll('__BENEFITS__', benefitFilter(params, 'r.benefit'));
}

export const DEFAULT_PARAMS: MeasureParams = { kind: 'month' };

/**
 * A session on one engine over one register: the reference tables and the
 * derived spell table are built once and reused by every measure.
 */
export class MeasureSession {
  private built = new Set<string>();
  private constructor(
    readonly engine: SqlEngine,
    readonly ctx: MeasureContext,
    private readonly stored: { spells: boolean; months: boolean },
  ) {}

  /** Reads the register's week range and creates the reference tables. */
  static async open(
    engine: SqlEngine,
    options: { storedSpells?: boolean; storedMonths?: boolean } = {},
  ): Promise<MeasureSession> {
    const [range] = await engine.all(
      'SELECT CAST(MIN(week) AS VARCHAR) AS first_week, CAST(MAX(week) AS VARCHAR) AS last_week FROM register',
    );
    if (!range?.first_week || !range.last_week) throw new Error('the register is empty');
    const ctx = { firstWeek: String(range.first_week), lastWeek: String(range.last_week) };
    await createReferenceTables(engine, ctx);
    return new MeasureSession(engine, ctx, {
      spells: options.storedSpells ?? false,
      months: options.storedMonths ?? false,
    });
  }

  async ensure(table: DerivedTable, params: MeasureParams): Promise<void> {
    if (table === 'months') {
      if (this.built.has('months')) return;
      await this.engine.run('DROP TABLE IF EXISTS months');
      // Derived once when the register was written (same monthsSql), stored beside it.
      await this.engine.run(
        this.stored.months
          ? 'CREATE TEMP TABLE months AS SELECT * FROM register_months'
          : monthsSql(),
      );
      this.built.add('months');
      return;
    }
    const key = `${table}:${params.gapRule ?? 'calendar-month'}`;
    if (this.built.has(key)) return;
    await this.engine.run('DROP TABLE IF EXISTS spells');
    for (const k of [...this.built]) if (k.startsWith('spells:')) this.built.delete(k);
    if (this.stored.spells && (params.gapRule ?? 'calendar-month') === 'calendar-month') {
      // Derived once when the register was written (same spellsSql), stored beside it.
      await this.engine.run('CREATE TEMP TABLE spells AS SELECT * FROM register_spells');
    } else {
      await this.engine.run(spellsSql(this.ctx, params.gapRule));
    }
    this.built.add(key);
  }

  /** Runs a measure; rows are typed per the measure's columns and sorted deterministically. */
  async run(
    measureId: string,
    params: MeasureParams = DEFAULT_PARAMS,
    filter: { municipality?: string } = {},
  ): Promise<Row[]> {
    const measure = measureById(measureId);
    for (const b of params.benefits ?? []) {
      if (!(REGISTER_BENEFITS as readonly string[]).includes(b)) {
        throw new Error(`unknown benefit ${JSON.stringify(b)}`);
      }
    }
    for (const need of measure.needs) await this.ensure(need, params);
    const rows = await this.engine.all(finalSql(measure, params, this.ctx));
    const typed = rows.map((row) => typeRow(measure, row));
    const filtered = filter.municipality ? keepArea(typed, filter.municipality) : typed;
    return sortRows(measure, filtered);
  }
}

function typeRow(measure: Measure, row: Row): Row {
  const out: Row = {};
  for (const col of measure.columns) {
    const v = row[col.name];
    if (v === null || v === undefined) {
      out[col.name] = null;
      continue;
    }
    switch (col.type) {
      case 'int':
        out[col.name] = Math.round(Number(v));
        break;
      case 'float':
        // 10 significant decimals: the two engines may differ in the last bits of a double.
        out[col.name] = Math.round(Number(v) * 1e10) / 1e10;
        break;
      case 'bool':
        out[col.name] = v === true || v === 'true' || v === 1;
        break;
      default:
        out[col.name] = String(v);
    }
  }
  return out;
}

/** Keeps the whole country, the municipality's region and the municipality itself. */
export function keepArea(rows: readonly Row[], municipality: string): Row[] {
  const m = municipalityByCode(municipality);
  if (!m) throw new Error(`unknown municipality code ${JSON.stringify(municipality)}`);
  return rows.filter(
    (r) =>
      r.area_level === 'country' ||
      (r.area_level === 'region' && r.area === m.regionCode) ||
      (r.area_level === 'municipality' && r.area === m.code),
  );
}

const LEVEL_ORDER: Record<string, number> = { country: 0, region: 1, municipality: 2 };

function sortRows(measure: Measure, rows: Row[]): Row[] {
  const keys = measure.columns
    .filter((c) => c.type === 'text' || c.name === 'k')
    .map((c) => c.name);
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = key === 'area_level' ? LEVEL_ORDER[String(a[key])] : a[key];
      const y = key === 'area_level' ? LEVEL_ORDER[String(b[key])] : b[key];
      if (x === y) continue;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      return (x as number | string) < (y as number | string) ? -1 : 1;
    }
    return 0;
  });
}
