/**
 * The synthetic register's population: who the people are (birth date, sex,
 * origin, education level) and how it ages: people leave the register at
 * folkepension age and at death, and new cohorts enter at 16 (#15 item 4).
 * Pure functions over a random source; used by synth.ts.
 */
import { addDays, fromDayNumber, toDayNumber } from '../calendar/index.ts';

/** Lowest age in the register: the labour force is counted from 16 (arbejdsstyrken 16–66 år). */
export const ENTRY_AGE = 16;

/**
 * folkepensionsalder by birth date, lov om social pension § 1 a (LBK nr. 527
 * af 25. april 2022; https://danskelove.dk/pensionsloven/1a): 65 born before
 * 1954; 65½ born H1 1954; 66 H2 1954; 66½ H1 1955; 67 from 1 Jul 1955 to
 * 1962; 68 for 1963–1966; 69 after 1966. Later raises (70 for those born
 * after 1970) fall after any register this generator makes and are not
 * modelled. Returns the age in years.
 */
export function pensionAge(birthDate: string): number {
  if (birthDate < '1954-01-01') return 65;
  if (birthDate < '1954-07-01') return 65.5;
  if (birthDate < '1955-01-01') return 66;
  if (birthDate < '1955-07-01') return 66.5;
  if (birthDate < '1963-01-01') return 67;
  if (birthDate < '1967-01-01') return 68;
  return 69;
}

/** The date a person born on `birthDate` turns `age` years (half years as 6 months). */
export function dateAtAge(birthDate: string, age: number): string {
  const years = Math.floor(age);
  const months = Math.round((age - years) * 12);
  const y = Number(birthDate.slice(0, 4)) + years;
  let m = Number(birthDate.slice(5, 7)) + months;
  const yy = y + Math.floor((m - 1) / 12);
  m = ((m - 1) % 12) + 1;
  const day = birthDate.slice(8, 10);
  const candidate = `${yy}-${String(m).padStart(2, '0')}-${day}`;
  // 29 Feb (or a 31st) in a shorter month: the next day, as in the age rules.
  const parsed = new Date(`${candidate}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== candidate
    ? addDays(`${yy}-${String(m).padStart(2, '0')}-01`, Number(day) - 1)
    : candidate;
}

/**
 * Mortality: a Gompertz hazard μ(a) = B·e^{C·a} per year, B = 2.2e-5,
 * C = 0.095, giving about 0.1 % a year at 40 and 0.7 % at 60, the order of
 * Danish life tables (Danmarks Statistik, not checked figure by figure);
 * førtidspension recipients die MORTALITY_FP times as often (an assumption).
 */
const GOMPERTZ_B = 2.2e-5;
const GOMPERTZ_C = 0.095;
export const MORTALITY_FP = 3;

/** Years until death from age `age` under the Gompertz hazard × `factor`, for a uniform `u` in (0, 1). */
export function yearsToDeath(age: number, u: number, factor = 1): number {
  const b = GOMPERTZ_B * factor;
  return (
    Math.log(1 - (GOMPERTZ_C * Math.log(1 - u)) / (b * Math.exp(GOMPERTZ_C * age))) / GOMPERTZ_C
  );
}

/** køn */
export const SEXES = ['M', 'K'] as const;
/**
 * herkomst, as jobindsats and Danmarks Statistik group it: of Danish origin,
 * immigrants and descendants from western and from non-western countries.
 */
export const ORIGINS = ['dansk', 'vestlig', 'ikke-vestlig'] as const;
/** Highest completed education (højest fuldførte uddannelse), in four levels. */
export const EDUCATION_LEVELS = [
  'grundskole',
  'gymnasial',
  'erhvervsfaglig',
  'videregaaende',
] as const;
/** Age bands of the breakdowns (jobindsats: 16–29, 30–39, 40–49, 50–59, 60+). */
export const AGE_BANDS = [
  { name: '16-29', min: 16, max: 29 },
  { name: '30-39', min: 30, max: 39 },
  { name: '40-49', min: 40, max: 49 },
  { name: '50-59', min: 50, max: 59 },
  { name: '60+', min: 60, max: 200 },
] as const;

/** Rough shares of the population aged 16–66 (approximate; synthetic data, not calibrated). */
export const ORIGIN_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 0.86],
  [1, 0.05],
  [2, 0.09],
];
export const EDUCATION_WEIGHTS: readonly (readonly [number, number])[] = [
  [0, 0.24],
  [1, 0.11],
  [2, 0.33],
  [3, 0.32],
];

/** Day number of a birth date `ageYears` (fractional) before `date`. */
export function birthDayNumber(date: string, ageYears: number): number {
  return toDayNumber(date) - Math.floor(ageYears * 365.25);
}

export { fromDayNumber };
