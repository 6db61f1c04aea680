/**
 * SQL fragments in the subset DuckDB and PostgreSQL share. Everything here
 * avoids the places where the two differ: no integer `/` (DuckDB divides
 * integers to a double, PostgreSQL truncates), no date_trunc (PostgreSQL
 * returns a timestamptz), no DuckDB-only functions (arg_max, range).
 */
import { sqlString } from './duckdb.ts';
import type { PeriodKind } from './periods.ts';

export { sqlString };

/** Month number year*12+month of a date expression: consecutive months differ by 1. */
export function monthIndex(dateExpr: string): string {
  return `(CAST(EXTRACT(YEAR FROM ${dateExpr}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${dateExpr}) AS INTEGER))`;
}

/** Month index of an ISO date computed in TypeScript (same numbering as monthIndex). */
export function monthIndexOf(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
}

/** The period label ('2017-06', '2017-Q2', '2017') of a date expression, as SQL. */
export function periodLabel(kind: PeriodKind, dateExpr: string): string {
  const year = `CAST(CAST(EXTRACT(YEAR FROM ${dateExpr}) AS INTEGER) AS VARCHAR)`;
  const month = `CAST(EXTRACT(MONTH FROM ${dateExpr}) AS INTEGER)`;
  if (kind === 'year') return year;
  if (kind === 'month') return `(${year} || '-' || LPAD(CAST(${month} AS VARCHAR), 2, '0'))`;
  return `(${year} || '-Q' || CASE WHEN ${month} <= 3 THEN '1' WHEN ${month} <= 6 THEN '2' WHEN ${month} <= 9 THEN '3' ELSE '4' END)`;
}

/** Floating division that means the same on both engines; NULL when the denominator is 0. */
export function ratio(numerator: string, denominator: string): string {
  return `CAST(${numerator} AS DOUBLE PRECISION) / NULLIF(CAST(${denominator} AS DOUBLE PRECISION), 0)`;
}

/** Area columns for a GROUP BY GROUPING SETS over (municipality, region): level and code. */
export const AREA_COLUMNS = `CASE WHEN GROUPING(municipality) = 0 THEN 'municipality' WHEN GROUPING(region) = 0 THEN 'region' ELSE 'country' END AS area_level,
    COALESCE(municipality, region, 'DK') AS area`;

/** GROUPING SETS giving one row per municipality, per region and for the whole country. */
export function areaGroupingSets(keys: readonly string[]): string {
  const k = keys.length ? `${keys.join(', ')}, ` : '';
  const bare = keys.length ? `(${keys.join(', ')})` : '()';
  return `GROUPING SETS ((${k}municipality, region), (${k}region), ${bare})`;
}

/** `column IN ('a', 'b')` with quoted literals; TRUE for an empty list means no filter. */
export function inList(column: string, values: readonly string[]): string {
  if (values.length === 0) return 'TRUE';
  return `${column} IN (${values.map(sqlString).join(', ')})`;
}

/**
 * What personsByArea computes per cell: the per-person columns (`person`: a
 * column of the source and how one person's rows combine), the cell's partial
 * sums over person rows (`cells`: name, expression over one person row, and
 * how partials combine: every cell figure is a SUM or a MAX, so it can be
 * computed in parts and added up), and the output expressions over the
 * partials' names (`out`).
 */
export interface AreaCells {
  person: readonly (readonly [name: string, combine: 'SUM' | 'MAX'])[];
  cells: readonly (readonly [name: string, expr: string, combine: 'SUM' | 'MAX'])[];
  out: readonly string[];
}

/**
 * Columns a quarter's or year's person rows get after the per-person aggregation rather than
 * before it: `keys` (of the grouping keys and `region`) are left out of the source's GROUP BY
 * and added to each person row (`p0`) by `select` over `joins`. For columns that depend on
 * the person or the municipality only (the region, a sex/origin/education breakdown), this
 * groups 16 million person-months by fewer keys and joins the attributes to the 7 million
 * person rows instead (aktiveringsgrad by origin per quarter at 1M persons: 22 → 14
 * CPU-seconds, the same rows).
 */
export interface LateColumns {
  keys: readonly string[];
  select: readonly string[];
  joins: string;
}

/**
 * Cells per period × area with persons counted once per area, without
 * COUNT(DISTINCT) and without materializing the source. `source(where)` gives
 * the rows (columns municipality, region, person_id, the keys, the person
 * columns and unique_area) restricted by `where`; `unique` and `movers` are
 * the conditions splitting them into rows known to be the person's only row in
 * their cell at every area level (a person who lived in one municipality) and
 * the rest (a person with rows in more than one municipality).
 *
 * - `monthly` (the rows of one month are unique per person and municipality
 *   already): the unique rows are aggregated in one pass for all three levels
 *   (GROUPING SETS), read straight from the source.
 * - otherwise (quarters, years: a person has a row per month) the source is
 *   first brought to one row per (keys, municipality, person), `p`, and its
 *   unique rows are aggregated the same way.
 *
 * The unique rows are summed per municipality first and the region and country cells rolled
 * up from those (a sum or maximum of partials): the grouping sets then hash 400,000
 * municipality cells three times instead of 16 million rows (fuldtidspersoner by age at 1M
 * persons: 17 → 12 CPU-seconds, the same rows).
 *
 * The movers' rows (about 4 % of persons at 1M; few rows) count as they are at
 * municipality level and are aggregated per person again at region and
 * country level. The parts are added up per cell (each cell figure is a SUM or
 * a MAX of partials) and `out` computed on the sums. Before this, the source
 * was materialized and read once per level: 5–6 s of the 6–10 s each
 * person-month measure took at 1M persons (docs/statistics.md § Benchmark).
 */
export function personsByArea(
  source: (where: string) => string,
  split: { unique: string; movers: string },
  keys: readonly string[],
  cells: AreaCells,
  monthly: boolean,
  late?: LateColumns,
): string {
  const aggregated = cells.person.map(([name, fn]) => `${fn}(${name}) AS ${name}`);
  const partials = cells.cells.map(([name, expr, fn]) => `${fn}(${expr}) AS ${name}`);
  const combined = cells.cells.map(([name, , fn]) => `${fn}(${name}) AS ${name}`);
  const k = keys.length ? `${keys.join(', ')}, ` : '';
  const finest = [...keys, 'municipality', 'region', 'person_id'].filter(
    (c) => monthly || !late?.keys.includes(c),
  );
  const from = monthly
    ? { unique: `(${source(split.unique)}) s`, movers: `(${source(split.movers)}) s` }
    : { unique: 'p WHERE unique_area = 1', movers: 'p WHERE unique_area = 0' };
  const personRows = `SELECT ${[...finest, ...aggregated, 'MIN(unique_area) AS unique_area'].join(', ')}
  FROM (${source('TRUE')}) s GROUP BY ${finest.join(', ')}`;
  const prelude = monthly
    ? ''
    : late
      ? `WITH p0 AS (${personRows}),
p AS (SELECT p0.*, ${late.select.join(', ')} FROM p0 ${late.joins})
`
      : `WITH p AS (${personRows})
`;
  const moverLevel = (level: string, area: string, columns: readonly string[]) => {
    const person = [...keys, ...columns, 'person_id'];
    const cell = [...keys, ...columns];
    return `SELECT ${k}'${level}' AS area_level, ${area} AS area, ${partials.join(', ')}
  FROM (SELECT ${[...person, ...aggregated].join(', ')} FROM ${from.movers} GROUP BY ${person.join(', ')}) y
  GROUP BY ${cell.join(', ')}`;
  };
  const cellKeys = [...keys, 'area_level', 'area'];
  return `SELECT ${[...cellKeys, ...cells.out].join(', ')} FROM (${prelude}SELECT ${[...cellKeys, ...combined].join(', ')} FROM (
SELECT ${k}${AREA_COLUMNS}, ${combined.join(', ')}
  FROM (SELECT ${k}municipality, region, ${partials.join(', ')} FROM ${from.unique} GROUP BY ${k}municipality, region) mu
  GROUP BY ${areaGroupingSets(keys)}
UNION ALL
SELECT ${k}'municipality' AS area_level, municipality AS area, ${partials.join(', ')}
  FROM ${from.movers} GROUP BY ${k}municipality
UNION ALL
${moverLevel('region', 'region', ['region'])}
UNION ALL
${moverLevel('country', "'DK'", [])}
) u GROUP BY ${cellKeys.join(', ')}) pba`;
}
