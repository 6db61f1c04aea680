/**
 * The municipality benchmark's regression, residuals and ranking against
 * statsmodels on the same data (scripts/reference/benchmark_statsmodels.py
 * writes golden/benchmark.csv and golden/benchmark.json).
 */
import { describe, expect, it } from 'vitest';
import { benchmark } from '../../src/evaluation/benchmark.ts';
import { expectClose, readGoldenCsv, readGoldenJson } from './support.ts';

const NAMES = [
  'age_16_29',
  'age_50_59',
  'age_60_plus',
  'women',
  'western',
  'non_western',
  'basic_school',
  'higher_education',
];
const csv = readGoldenCsv('benchmark.csv');
const ref = readGoldenJson<{
  n: number;
  rSquared: number;
  sigma: number;
  coefficients: { name: string; estimate: number; se: number; p: number }[];
  rows: { id: string; expected: number; residual: number; rank: number }[];
}>('benchmark.json');
const units = csv.id!.map((id, i) => ({
  id,
  outcome: Number(csv.outcome![i]),
  covariates: Object.fromEntries(NAMES.map((n) => [n, Number(csv[n]![i])])),
}));

describe('municipality benchmark (OLS on composition) against statsmodels', () => {
  const r = benchmark(units, NAMES, { lowerIsBetter: true });

  it('has the coefficients, standard errors, R² and σ of statsmodels', () => {
    expect(r.n).toBe(ref.n);
    expect(r.coefficients.map((c) => c.name)).toEqual(ref.coefficients.map((c) => c.name));
    r.coefficients.forEach((c, j) => {
      expectClose(c.estimate, ref.coefficients[j]!.estimate, 1e-6, `${c.name} estimate`);
      expectClose(c.se, ref.coefficients[j]!.se, 1e-6, `${c.name} se`);
      expectClose(c.p, ref.coefficients[j]!.p, 1e-5, `${c.name} p`);
    });
    expectClose(r.rSquared!, ref.rSquared, 1e-6, 'R²');
    expectClose(r.sigma, ref.sigma, 1e-6, 'sigma');
  });

  it('has the expected levels, residuals and ranking of statsmodels', () => {
    expect(r.rows.map((x) => x.id)).toEqual(ref.rows.map((x) => x.id));
    r.rows.forEach((x, i) => {
      const s = ref.rows[i]!;
      expectClose(x.expected, s.expected, 1e-8, `${x.id} expected`);
      // Residuals are small numbers: compare absolutely, to 1e-8 of the outcome's scale.
      expect(Math.abs(x.residual - s.residual)).toBeLessThan(1e-7);
      expect(x.actual).toBeCloseTo(x.expected + x.residual, 10);
      expect(x.rank, x.id).toBe(s.rank);
    });
  });

  it('ranks the other way when a higher outcome is better', () => {
    const up = benchmark(units, NAMES);
    const n = units.length;
    up.rows.forEach((x, i) => {
      expect(x.rank).toBe(n + 1 - r.rows[i]!.rank);
    });
  });
});
