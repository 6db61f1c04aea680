/**
 * SQL fragments in the subset DuckDB and PostgreSQL share. Everything here
 * avoids the places where the two differ: no integer `/` (DuckDB divides
 * integers to a double, PostgreSQL truncates), no date_trunc (PostgreSQL
 * returns a timestamptz), no DuckDB-only functions (arg_max, range).
 */
import { sqlString } from '../register/duckdb.ts';
import type { PeriodKind } from './tables.ts';

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
