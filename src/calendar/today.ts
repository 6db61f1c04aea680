import type { IsoDate } from './dates.ts';

/** Today's date in Danish time (Europe/Copenhagen), the day a caseworker sees. */
export function todayIso(now: Date = new Date(), timeZone = 'Europe/Copenhagen'): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
