/**
 * Synthetic CPR numbers for demo data: valid in form but never a real
 * resident's number. They use the erstatningspersonnummer form (day of month
 * + 60, so the first two digits are 61–91), which the CPR register never
 * assigns as an ordinary personnummer. The 7th digit matches the birth
 * century by CPR-kontoret's table, and the last digit carries the sex
 * (odd = male). See docs/demo-data.md.
 */
import type { SeededRandom } from './random.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Seventh-digit choices that give the birth year's century (see cpr.ts centuryOf). */
function seventhDigitFor(year: number, rnd: SeededRandom): number {
  const yy = year % 100;
  if (year >= 1900 && year <= 1999) {
    // 0–3 always mean 19xx; 4 and 9 mean 19xx when yy ≥ 37.
    return yy >= 37 ? rnd.pick([0, 1, 2, 3, 4, 9]) : rnd.pick([0, 1, 2, 3]);
  }
  if (year >= 2000 && year <= 2036) return rnd.pick([4, 9, 5, 6, 7, 8]);
  if (year >= 2037 && year <= 2057) return rnd.pick([5, 6, 7, 8]);
  throw new Error(`no CPR century digit for birth year ${year}`);
}

export function syntheticCpr(birthDate: string, sex: 'male' | 'female', rnd: SeededRandom): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const seventh = seventhDigitFor(y, rnd);
  const middle = rnd.int(0, 99);
  let last = rnd.int(0, 9);
  if ((last % 2 === 1) !== (sex === 'male')) last = (last + 1) % 10;
  return `${pad2(d + 60)}${pad2(m)}${pad2(y % 100)}${seventh}${pad2(middle)}${last}`;
}
