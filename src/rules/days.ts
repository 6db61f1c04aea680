/**
 * Day numbers for the rules engine: days since 1970-01-01 (UTC), computed with
 * integer arithmetic so that a case is converted once and every comparison
 * afterwards is an integer comparison. Agrees with `toDayNumber` in
 * src/calendar (whose integer primitives it shares); the string fast paths stay
 * here because the engine's hot loop must not allocate.
 */

import { civilFromDay, dayFromCivil, daysInMonth } from '../calendar/day-number.ts';
import type { MonthRounding, Span } from './model.ts';

export { civilFromDay, dayFromCivil, daysInMonth };

const ZERO = 48;

/**
 * Day number of the first of each month 1900-01 … 2199-12, computed once with
 * `dayFromCivil`, so that converting a date in the hot path is a table lookup.
 */
const TABLE_FROM_YEAR = 1900;
const TABLE_YEARS = 300;
const monthStart = new Int32Array(TABLE_YEARS * 12);
for (let i = 0; i < monthStart.length; i++) {
  monthStart[i] = dayFromCivil(TABLE_FROM_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
}

/** 'YYYY-MM-DD' → day number. The input must already be a valid ISO date. */
export function dayOf(iso: string): number {
  const y =
    (iso.charCodeAt(0) - ZERO) * 1000 +
    (iso.charCodeAt(1) - ZERO) * 100 +
    (iso.charCodeAt(2) - ZERO) * 10 +
    (iso.charCodeAt(3) - ZERO);
  const m = (iso.charCodeAt(5) - ZERO) * 10 + (iso.charCodeAt(6) - ZERO);
  const d = (iso.charCodeAt(8) - ZERO) * 10 + (iso.charCodeAt(9) - ZERO);
  const k = (y - TABLE_FROM_YEAR) * 12 + m - 1;
  if (k >= 0 && k < monthStart.length) return monthStart[k]! + d - 1;
  return dayFromCivil(y, m, d);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day numbers 1970-01-01 … 2099-12-31 are memoised: the engine formats the same dates over and over. */
const ISO_CACHE_SIZE = 47482;
const isoCache: (string | undefined)[] = new Array(ISO_CACHE_SIZE);

/** Day number → 'YYYY-MM-DD'. */
export function isoOf(day: number): string {
  const cacheable = day >= 0 && day < ISO_CACHE_SIZE;
  if (cacheable) {
    const hit = isoCache[day];
    if (hit !== undefined) return hit;
  }
  const [y, m, d] = civilFromDay(day);
  const iso = `${y}-${pad2(m)}-${pad2(d)}`;
  if (cacheable) isoCache[day] = iso;
  return iso;
}

/**
 * Add calendar months. `clamp`: 31 Jan + 1 month = 28/29 Feb;
 * `overflow`: 31 Jan + 1 month = 2/3 Mar.
 */
export function addMonthsDay(day: number, n: number, rounding: MonthRounding): number {
  const [y, m, d] = civilFromDay(day);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const dim = daysInMonth(ny, nm);
  if (d <= dim) return dayFromCivil(ny, nm, d);
  return rounding === 'clamp' ? dayFromCivil(ny, nm, dim) : dayFromCivil(ny, nm, dim) + (d - dim);
}

/** Anchor + span: `elapsed` = anchor + n units; `period` = the last day of n units starting on the anchor. */
export function addSpan(day: number, span: Span, rounding: MonthRounding): number {
  let end: number;
  if (span.unit === 'day') end = day + span.n;
  else if (span.unit === 'week') end = day + 7 * span.n;
  else end = addMonthsDay(day, span.n, rounding);
  return span.counting === 'period' ? end - 1 : end;
}

/** Words for a span, e.g. { da: '6 måneder', en: '6 months' }. */
export function spanWords(span: Span): { da: string; en: string } {
  const da =
    span.unit === 'day'
      ? span.n === 1
        ? 'dag'
        : 'dage'
      : span.unit === 'week'
        ? span.n === 1
          ? 'uge'
          : 'uger'
        : span.n === 1
          ? 'måned'
          : 'måneder';
  const en = span.n === 1 ? span.unit : `${span.unit}s`;
  return { da: `${span.n} ${da}`, en: `${span.n} ${en}` };
}
