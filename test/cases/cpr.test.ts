import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  centuryOf,
  isValidCpr,
  maskCpr,
  parseCpr,
  pseudonymiseCpr,
  scrubCpr,
  scrubCprInUrl,
} from '../../src/cases/cpr.ts';

describe('CPR numbers', () => {
  // Century table from CPR-kontoret ("Personnummeret i CPR"), worked case by case.
  it.each([
    ['0101701234', '1970-01-01'], // 7th digit 1 → 1900s
    ['3112994999', '1999-12-31'], // 7th digit 4, year 99 ≥ 37 → 1900s
    ['0101204000', '2020-01-01'], // 7th digit 4, year 20 ≤ 36 → 2000s
    ['0101585000', '1858-01-01'], // 7th digit 5, year 58 > 57 → 1800s
    ['0101575000', '2057-01-01'], // 7th digit 5, year 57 ≤ 57 → 2000s
    ['2902009001', '2000-02-29'], // 7th digit 9, year 00 → 2000, a leap day
    ['010170-1234', '1970-01-01'], // hyphenated form
  ])('%s is born %s', (cpr, birthDate) => {
    expect(parseCpr(cpr).birthDate).toBe(birthDate);
  });

  it('reads the sex from the last digit (odd = male)', () => {
    expect(parseCpr('0101701233').sex).toBe('male');
    expect(parseCpr('0101701234').sex).toBe('female');
  });

  it('accepts substitute numbers (day + 60) and flags them', () => {
    const facts = parseCpr('6101701234');
    expect(facts.substitute).toBe(true);
    expect(facts.birthDate).toBe('1970-01-01');
  });

  it.each([
    ['3002701234', 'real birth date'], // 30 February
    ['2902011234', 'real birth date'], // 2001 is no leap year (7th digit 1 → 1901, also no leap year)
    ['0113701234', 'real birth date'], // month 13
    ['12345', '10 digits'],
    ['01017O1234', '10 digits'],
  ])('rejects %s without echoing it', (cpr, reason) => {
    expect(() => parseCpr(cpr)).toThrow(reason);
    try {
      parseCpr(cpr);
    } catch (error) {
      expect((error as Error).message).not.toContain(cpr);
    }
    expect(isValidCpr(cpr)).toBe(false);
  });

  it('does not treat the modulus-11 check as validity (numbers failing it are issued since 2007)', () => {
    // 0101701234: weights 4,3,2,7,6,5,4,3,2,1 → sum 0+4+0+7+42+0+4+6+6+4 = 73, not divisible by 11.
    expect(isValidCpr('0101701234')).toBe(true);
  });

  it('century table edge cases', () => {
    expect(centuryOf(3, 99)).toBe(1900);
    expect(centuryOf(4, 36)).toBe(2000);
    expect(centuryOf(4, 37)).toBe(1900);
    expect(centuryOf(9, 37)).toBe(1900);
    expect(centuryOf(8, 57)).toBe(2000);
    expect(centuryOf(8, 58)).toBe(1800);
  });

  it('pseudonymises with HMAC-SHA256 under the key', () => {
    const expected = createHmac('sha256', 'k').update('0101701234').digest('hex').slice(0, 32);
    expect(pseudonymiseCpr('0101701234', 'k')).toBe(expected);
    expect(pseudonymiseCpr('0101701234', 'other')).not.toBe(expected);
  });

  it('masks and scrubs', () => {
    expect(maskCpr('0101701234')).toBe('010170-xxxx');
    expect(scrubCpr('borger 010170-1234 og 0202802345 ringede')).toBe(
      'borger [CPR] og [CPR] ringede',
    );
    expect(scrubCpr('sag 12345 uge 2020-01')).toBe('sag 12345 uge 2020-01');
  });

  it('scrubs CPR prefixes of 8 and 9 digits from URLs, but not ids, years or dates', () => {
    expect(scrubCprInUrl('/api/citizens?q=01017012')).toBe('/api/citizens?q=[CPR]');
    expect(scrubCprInUrl('/api/citizens?q=010170123&limit=20')).toBe(
      '/api/citizens?q=[CPR]&limit=20',
    );
    expect(scrubCprInUrl('/api/citizens?q=010170-12')).toBe('/api/citizens?q=[CPR]');
    expect(scrubCprInUrl('/api/citizens/0101701234')).toBe('/api/citizens/[CPR]');
    expect(scrubCprInUrl('/api/citizens/1234567?asOf=2026-12-04&year=2019')).toBe(
      '/api/citizens/1234567?asOf=2026-12-04&year=2019',
    );
  });
});
