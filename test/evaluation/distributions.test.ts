import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  criticalValue,
  standardNormalCdf,
  standardNormalQuantile,
  stars,
  studentTCdf,
  studentTQuantile,
  twoSidedP,
} from '../../src/evaluation/distributions.ts';
import { expectClose } from './support.ts';

// Expected values printed by R 4.2.2 with options(digits = 17).
describe('distribution functions against R', () => {
  it('matches pt, qt, pnorm, qnorm and pchisq', () => {
    expectClose(studentTCdf(-2.5, 10), 0.015723422118304388, 1e-12, 'pt(-2.5, 10)');
    expectClose(studentTCdf(-1.2, 3.5), 0.15250724268893209, 1e-12, 'pt(-1.2, 3.5)');
    expectClose(studentTQuantile(0.975, 10), 2.2281388519862739, 1e-12, 'qt(0.975, 10)');
    expectClose(studentTQuantile(0.975, 59), 2.000995378088267, 1e-12, 'qt(0.975, 59)');
    expectClose(standardNormalCdf(1.96), 0.97500210485177963, 1e-12, 'pnorm(1.96)');
    expectClose(standardNormalQuantile(0.975), 1.9599639845400536, 1e-12, 'qnorm(0.975)');
    expectClose(chiSquareSurvival(3.84, 1), 0.050043521248705224, 1e-10, 'pchisq(3.84, 1)');
    expectClose(chiSquareSurvival(10, 3), 0.018566135463043233, 1e-10, 'pchisq(10, 3)');
  });

  it('gives two-sided p-values and critical values', () => {
    expectClose(twoSidedP(2.5, { kind: 't', df: 10 }), 2 * 0.015723422118304388, 1e-12, 'p');
    expectClose(criticalValue(0.95, { kind: 'normal' }), 1.9599639845400536, 1e-12, 'z');
  });

  it('rejects impossible degrees of freedom', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/degrees of freedom/);
    expect(() => studentTQuantile(0.5, Number.NaN)).toThrow(/degrees of freedom/);
  });

  it('assigns stars at the thresholds of the source reports', () => {
    expect(stars(0.0009)).toBe('***');
    expect(stars(0.001)).toBe('**');
    expect(stars(0.0099)).toBe('**');
    expect(stars(0.01)).toBe('*');
    expect(stars(0.049)).toBe('*');
    expect(stars(0.05)).toBe('ns');
  });
});
