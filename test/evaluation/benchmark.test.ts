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
const wls = readGoldenJson<typeof ref>('benchmark-wls.json');
const units = csv.id!.map((id, i) => ({
  id,
  outcome: Number(csv.outcome![i]),
  covariates: Object.fromEntries(NAMES.map((n) => [n, Number(csv[n]![i])])),
  weight: Number(csv.residents![i]),
}));

/** Coefficients, standard errors, p-values, R² and σ against a statsmodels result. */
function expectFitLike(r: ReturnType<typeof benchmark>, s: typeof ref): void {
  expect(r.n).toBe(s.n);
  expect(r.coefficients.map((c) => c.name)).toEqual(s.coefficients.map((c) => c.name));
  r.coefficients.forEach((c, j) => {
    expectClose(c.estimate, s.coefficients[j]!.estimate, 1e-6, `${c.name} estimate`);
    expectClose(c.se, s.coefficients[j]!.se, 1e-6, `${c.name} se`);
    expectClose(c.p, s.coefficients[j]!.p, 1e-5, `${c.name} p`);
  });
  expectClose(r.rSquared!, s.rSquared, 1e-6, 'R²');
  expectClose(r.sigma, s.sigma, 1e-6, 'sigma');
}

/** Expected levels, residuals and ranks against a statsmodels result. */
function expectRowsLike(r: ReturnType<typeof benchmark>, s: typeof ref): void {
  expect(r.rows.map((x) => x.id)).toEqual(s.rows.map((x) => x.id));
  r.rows.forEach((x, i) => {
    const row = s.rows[i]!;
    expectClose(x.expected, row.expected, 1e-8, `${x.id} expected`);
    // Residuals are small numbers: compare absolutely, to 1e-8 of the outcome's scale.
    expect(Math.abs(x.residual - row.residual)).toBeLessThan(1e-7);
    expect(x.actual).toBeCloseTo(x.expected + x.residual, 10);
    expect(x.rank, x.id).toBe(row.rank);
  });
}

describe('municipality benchmark (OLS on composition) against statsmodels', () => {
  const r = benchmark(units, NAMES, { lowerIsBetter: true });

  it('has the coefficients, standard errors, R² and σ of statsmodels', () => {
    expectFitLike(r, ref);
  });

  it('has the expected levels, residuals and ranking of statsmodels', () => {
    expectRowsLike(r, ref);
  });

  it('weighted by population: the WLS of statsmodels (weights = residents)', () => {
    const w = benchmark(units, NAMES, { lowerIsBetter: true, weighted: true });
    expectFitLike(w, wls);
    expectRowsLike(w, wls);
    // Weighting moves the fit: the weighted and unweighted intercepts differ.
    expect(Math.abs(w.coefficients[0]!.estimate - r.coefficients[0]!.estimate)).toBeGreaterThan(
      1e-3,
    );
  });

  it('refuses a weighted benchmark with a missing or non-positive weight, naming the unit', () => {
    const bad = units.map((u, i) => (i === 3 ? { ...u, weight: 0 } : u));
    expect(() => benchmark(bad, NAMES, { weighted: true })).toThrow(
      /units\[3\]\.weight \(m003\) must be a positive number/,
    );
    const none = units.map(({ weight: _, ...u }) => u);
    expect(() => benchmark(none, NAMES, { weighted: true })).toThrow(/units\[0\]\.weight/);
  });

  it('ranks the other way when a higher outcome is better', () => {
    const up = benchmark(units, NAMES);
    const n = units.length;
    up.rows.forEach((x, i) => {
      expect(x.rank).toBe(n + 1 - r.rows[i]!.rank);
    });
  });
});
