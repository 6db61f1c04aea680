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
 * The three area levels: level name, area code expression, grouping columns,
 * and the column of the source that is 1 on rows known to be the person's only
 * row in their cell at that level (see personsByArea).
 */
export const AREA_LEVELS: readonly {
  level: string;
  area: string;
  columns: readonly string[];
  unique: string;
}[] = [
  {
    level: 'municipality',
    area: 'municipality',
    columns: ['municipality'],
    unique: 'unique_municipality',
  },
  { level: 'region', area: 'region', columns: ['region'], unique: 'unique_area' },
  { level: 'country', area: "'DK'", columns: [], unique: 'unique_area' },
];

/**
 * Cells per period × area with persons counted once per area, without
 * COUNT(DISTINCT): `source` (rows with columns municipality, region,
 * person_id, and the 0/1 columns unique_municipality and unique_area) is first
 * brought to one row per (keys, municipality, person), `p`: when every row is
 * already unique at municipality level (`monthly`: the rows of one month) it
 * passes through, otherwise it is aggregated per person with `personColumns`
 * (name and SUM or MAX). `p` is read once per area level: at municipality
 * level it is one row per person already; at region and country level rows
 * flagged unique_area pass through and the others are aggregated per person
 * again. Those rows are then aggregated per cell with `cellAggregates`
 * (COUNT(*) = persons). The levels are joined by UNION ALL and carry
 * `area_level` and `area` like AREA_COLUMNS. High-cardinality GROUP BYs and
 * COUNT(DISTINCT) under GROUPING SETS were the slowest part of the measure
 * suite, and then the per-person GROUP BY of each level over the whole
 * source, which `p` now does once (bench/register, docs/statistics.md).
 */
export function personsByArea(
  source: string,
  keys: readonly string[],
  personColumns: readonly (readonly [string, 'SUM' | 'MAX'])[],
  cellAggregates: readonly string[],
  monthly = false,
): string {
  const plain = personColumns.map(([name]) => name);
  const aggregated = personColumns.map(([name, fn]) => `${fn}(${name}) AS ${name}`);
  const finest = [...keys, 'municipality', 'region', 'person_id'];
  const p = monthly
    ? `SELECT ${[...finest, ...plain, 'unique_area'].join(', ')} FROM ${source}`
    : `SELECT ${[...finest, ...aggregated, 'MIN(unique_area) AS unique_area'].join(', ')} FROM ${source} GROUP BY ${finest.join(', ')}`;
  const levels = AREA_LEVELS.map(({ level, area, columns }) => {
    const cell = [...keys, ...columns];
    const select = [...keys, `'${level}' AS area_level`, `${area} AS area`, ...cellAggregates];
    const groupCell = cell.length ? `\n  GROUP BY ${cell.join(', ')}` : '';
    if (level === 'municipality') return `SELECT ${select.join(', ')} FROM p${groupCell}`;
    const person = [...cell, 'person_id'];
    return `SELECT ${select.join(', ')}
  FROM (SELECT ${[...person, ...plain].join(', ')} FROM p WHERE unique_area = 1
    UNION ALL
    SELECT ${[...person, ...aggregated].join(', ')} FROM p WHERE unique_area = 0 GROUP BY ${person.join(', ')}) y${groupCell}`;
  });
  return `SELECT * FROM (WITH p AS (${p})\n${levels.join('\nUNION ALL\n')}) pba`;
}
