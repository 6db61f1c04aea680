/**
 * Plain calendar dates written 'YYYY-MM-DD' (ISO 8601), with no time and no
 * time zone: a statutory deadline falls on a day, not an instant.
 */
import { civilFromDay, dayFromCivil, daysInMonth } from './day-number.ts';

/** A calendar date 'YYYY-MM-DD'. Validate untrusted input with `parseIsoDate`. */
export type IsoDate = string;

export class CalendarError extends Error {
  override name = 'CalendarError';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real date written 'YYYY-MM-DD' (so '2023-02-29' is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Returns the date unchanged or throws a CalendarError naming `field`. */
export function parseIsoDate(value: unknown, field = 'date'): IsoDate {
  if (!isIsoDate(value)) {
    throw new CalendarError(
      `${field}: expected a date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01. The date must be valid (see parseIsoDate). */
export function toDayNumber(date: IsoDate): number {
  return dayFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDay(dayNumber);
  return formatCivil(y, m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, 7 * weeks);
}

/** Signed number of days from `from` to `to` (to − from). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** −1, 0 or 1. ISO dates compare correctly as strings; this names the intent. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The earliest of the dates (ISO strings sort chronologically). */
export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let min = first;
  for (const d of rest) if (compareDates(d, min) < 0) min = d;
  return min;
}

/** The latest of the dates. */
export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let max = first;
  for (const d of rest) if (compareDates(d, max) > 0) max = d;
  return max;
}

/** ISO day of week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: IsoDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  const dow = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return (dow + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * How to add months when the day does not exist in the target month.
 * - `clamp`: to the last day of that month (31 Jan + 1 month = 28/29 Feb). This
 *   is how Danish administrative practice reads "a month after" and what every
 *   month-based rule in src/rules uses unless it says otherwise.
 * - `overflow`: the surplus days run into the next month (31 Jan + 1 month =
 *   3 Mar, or 2 Mar in a leap year), as JavaScript's Date does.
 */
export type MonthRounding = 'clamp' | 'overflow';

export function addMonths(date: IsoDate, months: number, rounding: MonthRounding): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const total = year * 12 + (month - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const dim = daysInMonth(ny, nm);
  if (day <= dim) return formatCivil(ny, nm, day);
  const last = dayFromCivil(ny, nm, dim);
  return fromDayNumber(rounding === 'clamp' ? last : last + (day - dim));
}

export function firstDayOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

export function lastDayOfMonth(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return formatCivil(year, month, daysInMonth(year, month));
}
