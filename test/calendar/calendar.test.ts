import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  businessDaysBetween,
  danishHolidays,
  danishPublicHolidays,
  dayOfWeek,
  daysBetween,
  daysInRangeWithin,
  easterSunday,
  fromDayNumber,
  intersectRanges,
  isBusinessDay,
  isDanishPublicHoliday,
  isIsoDate,
  isoWeek,
  isoWeekLabel,
  isoWeekStart,
  lastDayOfMonth,
  parseIsoDate,
  parseIsoWeekLabel,
  rangesOverlap,
  toDayNumber,
  todayIso,
  weeksInIsoYear,
} from '../../src/calendar/index.ts';

/** Independent oracle: JavaScript's UTC Date, used only in tests. */
function viaDate(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const dateArb = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2100-12-31') })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('dates', () => {
  it('validates ISO dates, including leap days', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false); // 1900 is not a leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // 2000 is
    expect(isIsoDate('2020-13-01')).toBe(false);
    expect(isIsoDate('2020-1-01')).toBe(false);
    expect(isIsoDate(20200101)).toBe(false);
    expect(() => parseIsoDate('2020-02-30', 'spells[0].start')).toThrow(/spells\[0\]\.start/);
  });

  it('day numbers agree with the Unix epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2020-01-01')).toBe(18262); // 1577836800 / 86400
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('adds days like a UTC Date does (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(addDays(d, n)).toBe(viaDate(d, n));
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2020-01-01')).toBe(3); // Wednesday
    expect(dayOfWeek('2026-11-30')).toBe(1); // Monday
    expect(dayOfWeek('2026-11-29')).toBe(7); // Sunday
    fc.assert(
      fc.property(dateArb, (d) => {
        expect(dayOfWeek(d)).toBe(new Date(`${d}T00:00:00Z`).getUTCDay() || 7);
      }),
    );
  });

  it('adds months with an explicit rounding rule', () => {
    expect(addMonths('2019-01-31', 1, 'clamp')).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1, 'clamp')).toBe('2020-02-29');
    expect(addMonths('2019-01-31', 1, 'overflow')).toBe('2019-03-03');
    expect(addMonths('2020-01-31', 1, 'overflow')).toBe('2020-03-02');
    expect(addMonths('2019-08-31', 6, 'clamp')).toBe('2020-02-29');
    expect(addMonths('2019-12-15', 1, 'clamp')).toBe('2020-01-15');
    expect(addMonths('2020-03-31', -1, 'clamp')).toBe('2020-02-29');
    expect(addMonths('2020-01-15', -13, 'clamp')).toBe('2018-12-15');
    expect(lastDayOfMonth('2100-02-10')).toBe('2100-02-28');
  });

  it('month rounding: clamp never leaves the target month, overflow agrees with Date (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -60, max: 60 }), (d, n) => {
        const clamped = addMonths(d, n, 'clamp');
        const [y, m] = d.split('-').map(Number) as [number, number];
        const total = y * 12 + m - 1 + n;
        expect(clamped.slice(0, 7)).toBe(
          `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`,
        );
        const js = new Date(`${d}T00:00:00Z`);
        js.setUTCMonth(js.getUTCMonth() + n);
        expect(addMonths(d, n, 'overflow')).toBe(js.toISOString().slice(0, 10));
      }),
    );
  });
});

describe('ISO weeks', () => {
  it('handles the year boundaries', () => {
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeek('2018-12-31')).toEqual({ year: 2019, week: 1 });
    expect(isoWeek('2016-01-03')).toEqual({ year: 2015, week: 53 });
    expect(isoWeekLabel('2026-11-30')).toBe('2026W49');
  });

  it('knows which years have 53 weeks', () => {
    const long = [2004, 2009, 2015, 2020, 2026, 2032, 2037];
    for (let y = 2000; y <= 2040; y++) expect(weeksInIsoYear(y)).toBe(long.includes(y) ? 53 : 52);
  });

  it('finds the Monday of a week and parses labels', () => {
    expect(isoWeekStart(2020, 1)).toBe('2019-12-30');
    expect(isoWeekStart(2020, 53)).toBe('2020-12-28');
    expect(isoWeekStart(2021, 1)).toBe('2021-01-04');
    expect(() => isoWeekStart(2021, 53)).toThrow(/no week 53/);
    expect(parseIsoWeekLabel('2017-W27')).toEqual({ year: 2017, week: 27 });
    expect(() => parseIsoWeekLabel('2017W60')).toThrow();
  });

  it('every date lies in the 7 days from its week start (property)', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const { year, week } = isoWeek(d);
        const monday = isoWeekStart(year, week);
        expect(dayOfWeek(monday)).toBe(1);
        const offset = daysBetween(monday, d);
        expect(offset).toBeGreaterThanOrEqual(0);
        expect(offset).toBeLessThan(7);
      }),
    );
  });
});

describe('Danish holidays', () => {
  it('computes Easter Sunday (dates from published tables)', () => {
    const known: Record<number, string> = {
      1818: '1818-03-22', // the earliest possible date
      1943: '1943-04-25', // the latest possible date
      2000: '2000-04-23',
      2008: '2008-03-23',
      2019: '2019-04-21',
      2020: '2020-04-12',
      2021: '2021-04-04',
      2022: '2022-04-17',
      2023: '2023-04-09',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2026: '2026-04-05',
      2038: '2038-04-25',
    };
    for (const [year, date] of Object.entries(known)) expect(easterSunday(Number(year))).toBe(date);
  });

  it('lists the public holidays of 2020', () => {
    expect(danishPublicHolidays(2020).map((h) => `${h.date} ${h.nameDa}`)).toEqual([
      '2020-01-01 Nytårsdag',
      '2020-04-09 Skærtorsdag',
      '2020-04-10 Langfredag',
      '2020-04-12 Påskedag',
      '2020-04-13 2. påskedag',
      '2020-05-08 Store bededag',
      '2020-05-21 Kristi himmelfartsdag',
      '2020-05-31 Pinsedag',
      '2020-06-01 2. pinsedag',
      '2020-12-25 Juledag',
      '2020-12-26 2. juledag',
    ]);
  });

  it('drops Store Bededag from 2024 (lov nr. 182 af 28.2.2023)', () => {
    expect(isDanishPublicHoliday('2023-05-05')).toBe(true);
    expect(isDanishPublicHoliday('2024-04-26')).toBe(false);
    expect(danishPublicHolidays(2024)).toHaveLength(10);
    expect(danishPublicHolidays(2023)).toHaveLength(11);
  });

  it('treats Grundlovsdag and Christmas Eve as days off only when asked', () => {
    expect(isBusinessDay('2020-06-05')).toBe(true); // a Friday
    expect(isBusinessDay('2020-06-05', { customaryDaysOff: true })).toBe(false);
    expect(danishHolidays(2020, { customaryDaysOff: true })).toHaveLength(14);
  });
});

describe('business days', () => {
  it('skips weekends and Easter', () => {
    // Wednesday 8 April 2020 + 1 business day: Thu 9 (Skærtorsdag), Fri 10 (Langfredag),
    // Sat, Sun, Mon 13 (2. påskedag) are all off, so Tuesday 14 April.
    expect(addBusinessDays('2020-04-08', 1)).toBe('2020-04-14');
    expect(addBusinessDays('2020-04-14', -1)).toBe('2020-04-08');
    expect(addBusinessDays('2020-04-11', 0)).toBe('2020-04-14');
    expect(businessDaysBetween('2020-04-08', '2020-04-14')).toBe(1);
    expect(businessDaysBetween('2020-04-14', '2020-04-08')).toBe(-1);
    // December 2020: 23 weekdays, minus 25 December (Friday); the 26th is a Saturday.
    expect(businessDaysBetween('2020-11-30', '2020-12-31')).toBe(22);
  });

  it('addBusinessDays and businessDaysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 80 }), (d, n) => {
        const start = addBusinessDays(d, 0);
        expect(businessDaysBetween(start, addBusinessDays(start, n))).toBe(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('ranges and today', () => {
  it('intersects inclusive ranges, open ends included', () => {
    const spell = { start: '2020-01-10', end: null };
    expect(rangesOverlap(spell, { start: '2019-01-01', end: '2020-01-10' })).toBe(true);
    expect(rangesOverlap(spell, { start: '2019-01-01', end: '2020-01-09' })).toBe(false);
    expect(intersectRanges(spell, { start: '2020-01-01', end: '2020-01-31' })).toEqual({
      start: '2020-01-10',
      end: '2020-01-31',
    });
    expect(daysInRangeWithin(spell, { start: '2020-01-01', end: '2020-01-31' })).toBe(22);
    expect(
      daysInRangeWithin(
        { start: '2020-02-01', end: '2020-02-29' },
        { start: '2020-01-01', end: '2020-12-31' },
      ),
    ).toBe(29);
  });

  it('takes today in Copenhagen time', () => {
    // 23:30 UTC on 31 Dec 2020 is already 1 January 2021 in Copenhagen (UTC+1).
    expect(todayIso(new Date('2020-12-31T23:30:00Z'))).toBe('2021-01-01');
    // 21:30 UTC on 30 June is 23:30 in Copenhagen (UTC+2, summer time): still the 30th.
    expect(todayIso(new Date('2020-06-30T21:30:00Z'))).toBe('2020-06-30');
  });
});
