/**
 * Business days (hverdage): Monday–Friday that are not Danish public holidays
 * (and, when asked, not the customary days off 5 June, 24 and 31 December).
 */
import { addDays, dayOfWeek, type IsoDate } from './dates.ts';
import { isDanishDayOff } from './holidays.ts';

export interface BusinessDayOptions {
  /** Treat Grundlovsdag, juleaftensdag and nytårsaftensdag as days off too. Default false. */
  customaryDaysOff?: boolean;
}

export function isBusinessDay(date: IsoDate, options: BusinessDayOptions = {}): boolean {
  return dayOfWeek(date) <= 5 && !isDanishDayOff(date, options.customaryDaysOff ?? false);
}

/**
 * Moves `n` business days from `date` (negative n goes back). With n = 0 the
 * date itself is returned if it is a business day, else the next one.
 */
export function addBusinessDays(
  date: IsoDate,
  n: number,
  options: BusinessDayOptions = {},
): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`business days must be a whole number, got ${n}`);
  let current = date;
  if (n === 0) {
    while (!isBusinessDay(current, options)) current = addDays(current, 1);
    return current;
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    current = addDays(current, step);
    if (isBusinessDay(current, options)) left -= 1;
  }
  return current;
}

/** Business days in the half-open interval (from, to]; negative when to < from. */
export function businessDaysBetween(
  from: IsoDate,
  to: IsoDate,
  options: BusinessDayOptions = {},
): number {
  if (to < from) return -businessDaysBetween(to, from, options);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
    if (isBusinessDay(d, options)) count += 1;
  }
  return count;
}
