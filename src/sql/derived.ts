/**
 * The tables derived from the weekly register: benefit spells and the
 * person-month aggregate. Written once when a register is written (the
 * register stores them beside the weekly files, or PostgreSQL derives its own
 * copy on load) and read by the measures; a session derives them itself when
 * a stored copy is missing or out of date. One SQL text for both engines.
 */
import { addDays, lastDayOfMonth } from '../calendar/index.ts';
import { sqlString } from './duckdb.ts';
import { monthIndex, monthIndexOf } from './fragments.ts';

/** The register's week range. */
export interface RegisterRange {
  /** Monday of the register's first week. */
  firstWeek: string;
  /** Monday of the register's last week. */
  lastWeek: string;
}

/** Spell rule: 'calendar-month' (jobindsats from 2018) or 'any-gap' (the rule before). */
export type GapRule = 'calendar-month' | 'any-gap';

/** Columns a stored derived table must have to be used as it is (see spellsSql, monthsSql). */
export const DERIVED_COLUMNS = {
  spells: [
    'person_id',
    'benefit',
    'start_week',
    'last_week',
    'ended',
    'follow_status',
    'follow_benefit',
    'follow_status_26',
    'follow_benefit_26',
    'follow_status_52',
    'follow_benefit_52',
    'start_municipality',
    'end_category',
    'start_category',
  ],
  months: [
    'person_id',
    'month',
    'municipality',
    'benefit',
    'days',
    'wage_days',
    'areas',
    'category',
    'spell_start',
    'spell_end',
    'moved',
    'last_week',
  ],
  case_weeks: ['person_id', 'week', 'municipality', 'benefit', 'spell_start'],
  activation_runs: ['person_id', 'first_week', 'last_week'],
} as const;

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
 * end_municipality, start_municipality, end_category and start_category (the
 * visitationskategori of the last and the first benefit week, NULL where the benefit has none), weeks (elapsed weeks from start to end, gaps included),
 * benefit_weeks, ended (a whole benefit-free month is observed after it),
 * left_censored, and follow_status: for an ended spell whose 13th week after
 * the last benefit week (last_week + 91 days) is inside the data, the status
 * that week (follow_status_26 and follow_status_52: the 26th and 52nd week,
 * + 182 and + 364 days; status 6 and 12 months after) ('same' benefit again, another 'benefit', 'wage' employment,
 * 'education', 'other' — also when the person has no row that week); NULL
 * otherwise; follow_benefit is the benefit in that week (NULL when none),
 * for the fleksjob share after ledighedsydelse. It is derived here, once, so that status-efter need not join the
 * spells against every weekly row each time it runs.
 */
export function spellsSql(ctx: RegisterRange, gapRule: GapRule = 'calendar-month'): string {
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
  SELECT person_id, benefit, week, municipality, category,
    LAG(week) OVER (PARTITION BY person_id, benefit ORDER BY week) AS prev_week,
    LEAD(week) OVER (PARTITION BY person_id, benefit ORDER BY week) AS next_week
  FROM register WHERE benefit IS NOT NULL
), f AS (
  SELECT person_id, benefit, week, municipality, category,
    CASE WHEN prev_week IS NULL OR ${breaks('prev_week', 'week')} THEN 1 ELSE 0 END AS starts,
    CASE WHEN next_week IS NULL OR ${breaks('week', 'next_week')} THEN 1 ELSE 0 END AS ends
  FROM w
), n AS (
  SELECT person_id, benefit, week, municipality, category, starts, ends,
    SUM(starts) OVER (PARTITION BY person_id, benefit ORDER BY week ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS spell_no
  FROM f
), s AS (
  SELECT person_id, benefit, spell_no, MIN(week) AS start_week, MAX(week) AS last_week,
    COUNT(*) AS benefit_weeks,
    MAX(CASE WHEN ends = 1 THEN municipality END) AS end_municipality,
    MAX(CASE WHEN starts = 1 THEN municipality END) AS start_municipality,
    MAX(CASE WHEN ends = 1 THEN category END) AS end_category,
    MAX(CASE WHEN starts = 1 THEN category END) AS start_category
  FROM n GROUP BY person_id, benefit, spell_no
), e AS (
  SELECT person_id, benefit, start_week, last_week, end_municipality, start_municipality, end_category,
    start_category, benefit_weeks, CAST((last_week - start_week) / 7 AS INTEGER) + 1 AS weeks,
    CASE WHEN ${monthIndex('last_week + 6')} + 1 <= ${lastCompleteMonth} THEN TRUE ELSE FALSE END AS ended,
    CASE WHEN start_week = CAST(${sqlString(ctx.firstWeek)} AS DATE) THEN TRUE ELSE FALSE END AS left_censored
  FROM s
), fk AS (
  -- The follow-up weeks inside the data: 13, 26 and 52 weeks after the last benefit week.
  SELECT e.person_id, e.benefit, e.start_week, e.last_week, x.off
  FROM e CROSS JOIN (VALUES (91), (182), (364)) AS x(off)
  WHERE e.ended AND e.last_week + x.off <= CAST(${sqlString(ctx.lastWeek)} AS DATE)
), fj AS (
  -- One join of all follow-up weeks against the register (not one per point: memory).
  SELECT fk.person_id, fk.benefit, fk.start_week, fk.off,
    CASE
      WHEN r.benefit = fk.benefit THEN 'same'
      WHEN r.benefit IS NOT NULL THEN 'benefit'
      WHEN r.hours > 0 THEN 'wage'
      WHEN r.education THEN 'education'
      ELSE 'other' END AS status,
    r.benefit AS follow_benefit
  FROM fk LEFT JOIN register r ON r.person_id = fk.person_id AND r.week = fk.last_week + fk.off
), fp AS (
  SELECT person_id, benefit, start_week,
    ${pivot(91, '')},
    ${pivot(182, '_26')},
    ${pivot(364, '_52')}
  FROM fj GROUP BY person_id, benefit, start_week
)
SELECT e.person_id, e.benefit, e.start_week, e.last_week, e.end_municipality, e.start_municipality,
  e.end_category, e.start_category, e.benefit_weeks,
  e.weeks, e.ended, e.left_censored,
  -- The status 13, 26 and 52 weeks after the last benefit week (status-efter; measures.md § 6);
  -- NULL when the spell has not ended or the week lies beyond the data; 'other' when the
  -- person has no row that week. follow_benefit*: the benefit that week (e.g. fleksjob).
  fp.follow_status, fp.follow_benefit,
  fp.follow_status_26, fp.follow_benefit_26,
  fp.follow_status_52, fp.follow_benefit_52
FROM e
LEFT JOIN fp ON fp.person_id = e.person_id AND fp.benefit = e.benefit AND fp.start_week = e.start_week`;

  /** The status and benefit at one follow-up point, from the joined follow-up rows. */
  function pivot(days: number, suffix: string): string {
    return `MAX(CASE WHEN off = ${days} THEN status END) AS follow_status${suffix},
    MAX(CASE WHEN off = ${days} THEN follow_benefit END) AS follow_benefit${suffix}`;
  }
}

/**
 * The derived tables, in the order they are derived: `case_weeks` reads `spells`, and
 * `months` the reference tables (createReferenceTables).
 */
export const DERIVED_TABLES = ['spells', 'case_weeks', 'activation_runs', 'months'] as const;
export type DerivedTable = (typeof DERIVED_TABLES)[number];

/** The statement creating the temporary table `table` (the spells under `gapRule`). */
export function derivedSql(
  table: DerivedTable,
  ctx: RegisterRange,
  gapRule: GapRule = 'calendar-month',
): string {
  switch (table) {
    case 'spells':
      return spellsSql(ctx, gapRule);
    case 'case_weeks':
      return caseWeeksSql();
    case 'activation_runs':
      return activationRunsSql();
    case 'months':
      return monthsSql();
  }
}

/**
 * Each person's weeks in an active offer as runs of consecutive weeks (gaps and islands: week
 * number − row number is constant within a run; the import refuses a duplicate person-week).
 * manglende-aktiv-indsats asks whether a run lies in the 52 weeks up to a month end; deriving
 * the runs from the 311 M weekly rows took 2.3 of its 3.5–4 s at 1M persons, twice per suite.
 * Stored beside the register like the others; independent of the spell rule.
 *
 * Columns: person_id, first_week, last_week (Mondays).
 */
export function activationRunsSql(): string {
  return `CREATE TEMP TABLE activation_runs AS
SELECT person_id, MIN(week) AS first_week, MAX(week) AS last_week
FROM (
  SELECT person_id, week,
    CAST((week - CAST('2000-01-03' AS DATE)) / 7 AS INTEGER) - ROW_NUMBER() OVER (PARTITION BY person_id ORDER BY week) AS run
  FROM register WHERE activation IS NOT NULL
) n
GROUP BY person_id, run`;
}

/** The benefits of the open-case counts (løbende sager), whose weekly rows case_weeks keeps. */
export const CASE_BENEFITS = ['jobafklaring', 'sygedagpenge'] as const;

/**
 * The weekly rows of the case benefits (jobafklaring, sygedagpenge: 8.8 M of the 311 M
 * register rows at 1M persons) with the start of the spell each week belongs to, from the
 * `spells` table (so under the spell rule that table was derived with). Stored beside the
 * register like spells and months, sorted by benefit and week: the open-case counts
 * (loebende-sager) read it instead of scanning every weekly row and range-joining the
 * spells (4.5 and 3.9 of the measure's 5–6 s at 1M persons).
 *
 * Columns: person_id, week, municipality, benefit, spell_start (the spell's start_week).
 */
export function caseWeeksSql(): string {
  return `CREATE TEMP TABLE case_weeks AS
SELECT r.person_id, r.week, r.municipality, r.benefit, s.start_week AS spell_start
FROM register r
JOIN spells s ON s.person_id = r.person_id AND s.benefit = r.benefit
  AND s.start_week <= r.week AND s.last_week >= r.week
WHERE r.benefit IN (${CASE_BENEFITS.map(sqlString).join(', ')})`;
}

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
 * wage_days = days of benefit weeks with ordinary hours (andel med ordinære
 * løntimer);
 * category = the visitationskategori held on at least half of the month's benefit days
 * (aktivitetsparat on a tie; NULL for benefits without one, or when unknown), one per row so
 * that rows stay unique per person, month, municipality and benefit;
 * areas = the number of municipalities the person has rows in for that month
 * and benefit (1 except in a month with a move), so the measures can count
 * persons per area without a per-person GROUP BY (personsByArea);
 * last_week = the Monday of the row's last benefit week with days in the month (the
 * week holding the month's last day when the person had the benefit in it, in that
 * week's municipality: one row per person and week);
 * moved = the person has rows in more than one municipality anywhere in the
 * register (a person who never moved is one row per person at region and
 * country level in any period, so only movers are grouped again there);
 * spell_start, spell_end = the first and last day (Monday of the first benefit
 * week, Sunday of the last) of the benefit spell the month belongs to under
 * the calendar-month rule (spellsSql), for the duration-so-far breakdown. A
 * month row exists exactly when the month holds a benefit day, so a spell
 * breaks between two consecutive benefit months exactly when a whole calendar
 * month lies between them: the spells are the runs of consecutive benefit
 * months (gaps and islands: month index − row number is constant within a run),
 * the same spells spellsSql finds, without joining the spell table (a range
 * join of 16 million rows at 1M persons, 20 s per query when it was done at
 * query time).
 */
export function monthsSql(): string {
  return `CREATE TEMP TABLE months AS
WITH pm AS (
  SELECT r.person_id, p.period AS month, r.municipality, r.benefit,
    CAST(SUM(p.days) AS INTEGER) AS days,
    CAST(SUM(CASE WHEN r.activation IS NULL THEN 0 ELSE p.days END) AS INTEGER) AS active_days,
    CAST(SUM(p.thursday) AS INTEGER) AS weeks,
    CAST(SUM(CASE WHEN r.partial_sick THEN p.thursday ELSE 0 END) AS INTEGER) AS partial_weeks,
    CAST(SUM(CASE WHEN r.hours > 0 THEN p.days ELSE 0 END) AS INTEGER) AS wage_days,
    CASE WHEN 2 * SUM(CASE WHEN r.category = 'aktivitetsparat' THEN p.days ELSE 0 END) >= SUM(p.days)
      AND SUM(CASE WHEN r.category = 'aktivitetsparat' THEN p.days ELSE 0 END) > 0 THEN 'aktivitetsparat'
      ELSE MAX(CASE WHEN r.category <> 'aktivitetsparat' THEN r.category END) END AS category,
    MIN(r.week) AS first_week, MAX(r.week) AS last_week
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
), bm AS (
  -- One row per person, benefit and benefit month; run = month index − row number.
  SELECT person_id, benefit, month, MIN(first_week) AS first_week, MAX(last_week) AS last_week,
    ${monthIndex("CAST(month || '-01' AS DATE)")}
      - ROW_NUMBER() OVER (PARTITION BY person_id, benefit ORDER BY month) AS run
  FROM pm GROUP BY person_id, benefit, month
), sr AS (
  SELECT person_id, benefit, run, MIN(first_week) AS spell_start, MAX(last_week) + 6 AS spell_end
  FROM bm GROUP BY person_id, benefit, run
), ms AS (
  SELECT bm.person_id, bm.benefit, bm.month, sr.spell_start, sr.spell_end
  FROM bm JOIN sr ON sr.person_id = bm.person_id AND sr.benefit = bm.benefit AND sr.run = bm.run
)
SELECT pm.person_id, pm.month, pm.municipality, pm.benefit, pm.days, pm.active_days, pm.weeks,
  pm.partial_weeks, pm.wage_days, COALESCE(v.areas, 1) AS areas, pm.category,
  ms.spell_start, ms.spell_end,
  -- A join, not IN (SELECT … FROM movers): PostgreSQL scanned the movers once per row.
  CASE WHEN mv.person_id IS NULL THEN FALSE ELSE TRUE END AS moved,
  pm.last_week
FROM pm LEFT JOIN moves v ON v.person_id = pm.person_id AND v.month = pm.month AND v.benefit = pm.benefit
LEFT JOIN movers mv ON mv.person_id = pm.person_id
JOIN ms ON ms.person_id = pm.person_id AND ms.benefit = pm.benefit AND ms.month = pm.month`;
}
