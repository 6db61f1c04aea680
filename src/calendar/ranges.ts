/** Inclusive date ranges; `end: null` means open-ended (an ongoing spell). */
import { daysBetween, type IsoDate, maxDate, minDate } from './dates.ts';

export interface DateRange {
  start: IsoDate;
  /** inclusive; null = still open */
  end: IsoDate | null;
}

export function inRange(date: IsoDate, range: DateRange): boolean {
  return date >= range.start && (range.end === null || date <= range.end);
}

export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return (a.end === null || b.start <= a.end) && (b.end === null || a.start <= b.end);
}

/** The intersection of two ranges, or null when they do not meet. */
export function intersectRanges(a: DateRange, b: DateRange): DateRange | null {
  if (!rangesOverlap(a, b)) return null;
  const end = a.end === null ? b.end : b.end === null ? a.end : minDate(a.end, b.end);
  return { start: maxDate(a.start, b.start), end };
}

/** Days of `range` that fall inside `window` (both inclusive; `window` must be closed). */
export function daysInRangeWithin(
  range: DateRange,
  window: { start: IsoDate; end: IsoDate },
): number {
  const overlap = intersectRanges(range, window);
  if (!overlap || overlap.end === null) return 0;
  return daysBetween(overlap.start, overlap.end) + 1;
}
