/**
 * The period calendar the measures and the derived tables count in: months,
 * quarters and years, and which days of each register week (Monday–Sunday)
 * fall in each of them.
 */
import { addDays, daysInMonth, fromDayNumber, isLeapYear, toDayNumber } from '../calendar/index.ts';

/** The ISO year of a week given by its Monday (the year of its Thursday). */
export function isoYearOfMonday(monday: string): number {
  return Number(addDays(monday, 3).slice(0, 4));
}

export type PeriodKind = 'month' | 'quarter' | 'year';

/** Label of the period of `kind` holding `date`: '2017-06', '2017-Q2', '2017'. */
export function periodOf(kind: PeriodKind, date: string): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return date.slice(0, 7);
}

export function daysInPeriod(kind: PeriodKind, label: string): number {
  const year = Number(label.slice(0, 4));
  if (kind === 'year') return isLeapYear(year) ? 366 : 365;
  if (kind === 'month') return daysInMonth(year, Number(label.slice(5, 7)));
  const q = Number(label.slice(6));
  let days = 0;
  for (let m = 3 * q - 2; m <= 3 * q; m++) days += daysInMonth(year, m);
  return days;
}

export interface PeriodCalendarRow {
  kind: PeriodKind;
  period: string;
  week: string;
  /** Days of the week that fall in the period (1–7). */
  days: number;
  periodDays: number;
  /** The week's Thursday falls in the period (the period that "owns" the week). */
  thursday: boolean;
}

/** For every register week from firstWeek to lastWeek (Mondays), the days it contributes to each period. */
export function periodCalendar(firstWeek: string, lastWeek: string): PeriodCalendarRow[] {
  const rows: PeriodCalendarRow[] = [];
  for (let d = toDayNumber(firstWeek); d <= toDayNumber(lastWeek); d += 7) {
    for (const kind of ['month', 'quarter', 'year'] as const) {
      const counts = new Map<string, number>();
      for (let i = 0; i < 7; i++) {
        const label = periodOf(kind, fromDayNumber(d + i));
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const thursday = periodOf(kind, fromDayNumber(d + 3));
      for (const [period, days] of counts) {
        rows.push({
          kind,
          period,
          week: fromDayNumber(d),
          days,
          periodDays: daysInPeriod(kind, period),
          thursday: period === thursday,
        });
      }
    }
  }
  return rows;
}

export interface MonthPeriodRow {
  kind: PeriodKind;
  /** 'YYYY-MM' */
  month: string;
  /** The month's period of `kind`: '2017-06', '2017-Q2' or '2017'. */
  period: string;
  periodDays: number;
}

/** Every calendar month touched by the weeks firstWeek..lastWeek, with its month, quarter and year. */
export function monthPeriods(firstWeek: string, lastWeek: string): MonthPeriodRow[] {
  const rows: MonthPeriodRow[] = [];
  const last = addDays(lastWeek, 6).slice(0, 7);
  let y = Number(firstWeek.slice(0, 4));
  let m = Number(firstWeek.slice(5, 7));
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    for (const kind of ['month', 'quarter', 'year'] as const) {
      const period = periodOf(kind, `${month}-01`);
      rows.push({ kind, month, period, periodDays: daysInPeriod(kind, period) });
    }
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return rows;
}
