/**
 * Danish public holidays (helligdage), computed for any Gregorian year.
 *
 * The movable feasts hang on Easter Sunday. Store Bededag (4th Friday after
 * Easter) was abolished as a public holiday from 2024 by lov nr. 182 af
 * 28. februar 2023. Grundlovsdag, juleaftensdag and nytårsaftensdag are not
 * public holidays but customary days off under most agreements; they count as
 * non-business days only when asked for.
 */
import { addDays, type IsoDate } from './dates.ts';

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Holiday {
  date: IsoDate;
  nameDa: string;
  nameEn: string;
  /** false for the customary days off that are not public holidays */
  publicHoliday: boolean;
}

/** The last year Store Bededag was a public holiday. */
export const LAST_STORE_BEDEDAG_YEAR = 2023;

/** Public holidays of `year` in date order; with `customaryDaysOff`, also 5 June, 24 and 31 December. */
export function danishHolidays(
  year: number,
  options: { customaryDaysOff?: boolean } = {},
): Holiday[] {
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const list: Holiday[] = [
    { date: `${y}-01-01`, nameDa: 'Nytårsdag', nameEn: "New Year's Day", publicHoliday: true },
    {
      date: addDays(easter, -3),
      nameDa: 'Skærtorsdag',
      nameEn: 'Maundy Thursday',
      publicHoliday: true,
    },
    { date: addDays(easter, -2), nameDa: 'Langfredag', nameEn: 'Good Friday', publicHoliday: true },
    { date: easter, nameDa: 'Påskedag', nameEn: 'Easter Sunday', publicHoliday: true },
    {
      date: addDays(easter, 1),
      nameDa: '2. påskedag',
      nameEn: 'Easter Monday',
      publicHoliday: true,
    },
  ];
  if (year <= LAST_STORE_BEDEDAG_YEAR) {
    list.push({
      date: addDays(easter, 26),
      nameDa: 'Store bededag',
      nameEn: 'General Prayer Day',
      publicHoliday: true,
    });
  }
  list.push(
    {
      date: addDays(easter, 39),
      nameDa: 'Kristi himmelfartsdag',
      nameEn: 'Ascension Day',
      publicHoliday: true,
    },
    { date: addDays(easter, 49), nameDa: 'Pinsedag', nameEn: 'Whit Sunday', publicHoliday: true },
    {
      date: addDays(easter, 50),
      nameDa: '2. pinsedag',
      nameEn: 'Whit Monday',
      publicHoliday: true,
    },
    { date: `${y}-12-25`, nameDa: 'Juledag', nameEn: 'Christmas Day', publicHoliday: true },
    { date: `${y}-12-26`, nameDa: '2. juledag', nameEn: 'Boxing Day', publicHoliday: true },
  );
  if (options.customaryDaysOff) {
    list.push(
      {
        date: `${y}-06-05`,
        nameDa: 'Grundlovsdag',
        nameEn: 'Constitution Day',
        publicHoliday: false,
      },
      {
        date: `${y}-12-24`,
        nameDa: 'Juleaftensdag',
        nameEn: 'Christmas Eve',
        publicHoliday: false,
      },
      {
        date: `${y}-12-31`,
        nameDa: 'Nytårsaftensdag',
        nameEn: "New Year's Eve",
        publicHoliday: false,
      },
    );
  }
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Public holidays only (helligdage). */
export function danishPublicHolidays(year: number): Holiday[] {
  return danishHolidays(year);
}

const cache = new Map<string, Set<IsoDate>>();

function holidaySet(year: number, customaryDaysOff: boolean): Set<IsoDate> {
  const key = `${year}:${customaryDaysOff}`;
  let set = cache.get(key);
  if (!set) {
    set = new Set(danishHolidays(year, { customaryDaysOff }).map((h) => h.date));
    cache.set(key, set);
  }
  return set;
}

export function isDanishPublicHoliday(date: IsoDate): boolean {
  return holidaySet(Number(date.slice(0, 4)), false).has(date);
}

export function isDanishDayOff(date: IsoDate, customaryDaysOff: boolean): boolean {
  return holidaySet(Number(date.slice(0, 4)), customaryDaysOff).has(date);
}
