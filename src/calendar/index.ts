/**
 * src/calendar: plain dates, ISO weeks, Danish holidays, business days and
 * month arithmetic with an explicit rounding rule. Pure; no I/O.
 * See docs/calendar.md.
 */
export * from './business-days.ts';
export * from './dates.ts';
export { civilFromDay, dayFromCivil, daysInMonth, isLeapYear } from './day-number.ts';
export * from './holidays.ts';
export * from './iso-weeks.ts';
export * from './ranges.ts';
export * from './today.ts';
