/**
 * ISO 8601 weeks: weeks start on Monday and week 1 is the week holding the
 * year's first Thursday. The weekly register (DREAM) is keyed on these, and a
 * year has 52 or 53 of them (2015, 2020 and 2026 have 53).
 */
import { addDays, dayOfWeek, fromDayNumber, type IsoDate, toDayNumber } from './dates.ts';
import { dayFromCivil } from './day-number.ts';

export interface IsoWeek {
  /** The ISO week-numbering year, which differs from the calendar year around New Year. */
  year: number;
  week: number;
}

export function isoWeek(date: IsoDate): IsoWeek {
  // The Thursday of the date's week decides the year.
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDayNumber(thursday) - dayFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function weeksInIsoYear(year: number): 52 | 53 {
  // A year has 53 weeks when 28 December falls in week 53.
  return isoWeek(`${String(year).padStart(4, '0')}-12-28`).week === 53 ? 53 : 52;
}

/** The Monday of ISO week `week` of `year`. Throws when the week does not exist. */
export function isoWeekStart(year: number, week: number): IsoDate {
  if (!Number.isInteger(week) || week < 1 || week > weeksInIsoYear(year)) {
    throw new RangeError(`ISO year ${year} has no week ${week}`);
  }
  const jan4 = dayFromCivil(year, 1, 4);
  const jan4Dow = dayOfWeek(fromDayNumber(jan4));
  return fromDayNumber(jan4 - (jan4Dow - 1) + 7 * (week - 1));
}

/** '2020W53', the form jobindsats and DREAM use. */
export function isoWeekLabel(date: IsoDate): string {
  const { year, week } = isoWeek(date);
  return `${year}W${String(week).padStart(2, '0')}`;
}

/** Parses '2020W53' or '2020-W53'. */
export function parseIsoWeekLabel(label: string): IsoWeek {
  const m = /^(\d{4})-?W(\d{2})$/.exec(label);
  if (!m) throw new RangeError(`expected an ISO week like 2020W53, got ${JSON.stringify(label)}`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  isoWeekStart(year, week);
  return { year, week };
}
