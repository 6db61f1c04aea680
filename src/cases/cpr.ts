/**
 * CPR numbers (personnummer): validation, pseudonymisation and masking.
 *
 * A CPR number is DDMMYY-SSSS. The 7th digit together with the year gives the
 * century (CPR-kontoret's table). The modulus-11 check is NOT a validity test:
 * since 2007 the CPR office issues numbers that fail it. Substitute numbers
 * (erstatningspersonnumre) add 60 to the day of month; they are valid in form.
 *
 * CPR numbers are sensitive personal data (databeskyttelsesloven § 11): they
 * are never logged, never given to analysts, and replaced by a keyed
 * pseudonym (HMAC-SHA256) in every analytic data set.
 */
import { createHmac } from 'node:crypto';

export class CprError extends Error {
  override name = 'CprError';
}

export interface CprFacts {
  /** Ten digits, no hyphen. */
  digits: string;
  birthDate: string;
  /** By the last digit: odd = male, even = female (as registered in CPR). */
  sex: 'male' | 'female';
  /** Day of month + 60: erstatningspersonnummer. */
  substitute: boolean;
}

/** Century from the 7th digit and the two-digit year (CPR-kontoret, "Personnummeret i CPR"). */
export function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  // 5–8
  return yy <= 57 ? 2000 : 1800;
}

/** Parse and validate a CPR number written DDMMYYSSSS or DDMMYY-SSSS. Throws CprError without echoing the number. */
export function parseCpr(input: string): CprFacts {
  const digits = input.trim().replace('-', '');
  if (!/^\d{10}$/.test(digits)) {
    throw new CprError('CPR number must be 10 digits, written DDMMYYSSSS or DDMMYY-SSSS');
  }
  let day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  const substitute = day > 60;
  if (substitute) day -= 60;
  const year = centuryOf(seventh, yy) + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new CprError('CPR number does not start with a real birth date (DDMMYY)');
  }
  const birthDate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    digits,
    birthDate,
    sex: Number(digits[9]) % 2 === 1 ? 'male' : 'female',
    substitute,
  };
}

export function isValidCpr(input: string): boolean {
  try {
    parseCpr(input);
    return true;
  } catch {
    return false;
  }
}

/** Keyed pseudonym: stable for one installation key, useless without it. */
export function pseudonymiseCpr(digits: string, key: string): string {
  return createHmac('sha256', key).update(digits).digest('hex').slice(0, 32);
}

/** "DDMMYY-xxxx": what a screen may show when the full number is not needed. */
export function maskCpr(digits: string): string {
  return `${digits.slice(0, 6)}-xxxx`;
}

/** Matches anything that looks like a CPR number inside free text (with or without hyphen). */
export const CPR_LIKE = /\b(\d{6})-?(\d{4})\b/g;

/** Replace every CPR-like number in a text; used by the log serializers. */
export function scrubCpr(text: string): string {
  return text.replace(CPR_LIKE, '[CPR]');
}

/**
 * Digit runs of 8–10 digits (a CPR number, or the first 8–9 digits of one as
 * typed into a search), with or without the hyphen after the birth date.
 */
export const CPR_PREFIX_LIKE = /(?<!\d)\d{6}-?\d{2,4}(?!\d)/g;

/** URLs carry search prefixes too (`?q=01017012`): scrubbed before a URL is logged. */
export function scrubCprInUrl(url: string): string {
  return scrubCpr(url).replace(CPR_PREFIX_LIKE, '[CPR]');
}
