import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDesign } from '../../src/evaluation/design.ts';
import { EstimationError } from '../../src/evaluation/errors.ts';
import { ols } from '../../src/evaluation/ols.ts';
import {
  expectClose,
  expectCoefficientsMatch,
  num,
  readGoldenCsv,
  readGoldenJson,
} from './support.ts';

const data = readGoldenCsv('ols.csv');
const ref = readGoldenJson('ols.json');
const sm = readGoldenJson('statsmodels.json');
const design = buildDesign([
  { name: 'x1', values: num(data.x1!) },
  { name: 'x2', values: num(data.x2!) },
  { name: 'x3', values: num(data.x3!) },
]);
const y = num(data.y!);
const w = num(data.w!);

describe('OLS against R (lm + sandwich) and statsmodels', () => {
  it('classical standard errors, t with N − K df', () => {
    const fit = ols(design, y, { vcov: 'classical' });
    expectCoefficientsMatch(fit.coefficients, ref.classical);
    expectCoefficientsMatch(fit.coefficients, sm.ols.classical);
    expect(fit.df).toBe(496);
    expectClose(fit.rSquared!, ref.rSquared, 1e-6, 'R²');
    expectClose(fit.sigma, ref.sigma, 1e-6, 'sigma');
  });

  it('HC1 standard errors', () => {
    const fit = ols(design, y, { vcov: 'hc1' });
    expectCoefficientsMatch(fit.coefficients, ref.hc1);
    expectCoefficientsMatch(fit.coefficients, sm.ols.hc1);
  });

  it('cluster-robust CR1 standard errors with G − 1 df', () => {
    const fit = ols(design, y, { vcov: 'cluster', cluster: data.id! });
    expect(fit.nClusters).toBe(ref.nClusters);
    expect(fit.df).toBe(ref.nClusters - 1);
    expectCoefficientsMatch(fit.coefficients, ref.cluster);
    expectCoefficientsMatch(fit.coefficients, sm.ols.cluster);
  });

  it('weighted least squares with all three variance types', () => {
    expectCoefficientsMatch(ols(design, y, { weights: w }).coefficients, ref.weighted.classical);
    expectCoefficientsMatch(
      ols(design, y, { weights: w, vcov: 'hc1' }).coefficients,
      ref.weighted.hc1,
    );
    expectCoefficientsMatch(
      ols(design, y, { weights: w, vcov: 'cluster', cluster: data.id! }).coefficients,
      ref.weighted.cluster,
    );
  });
});

describe('OLS on degenerate input', () => {
  it('names a collinear covariate', () => {
    const x1 = num(data.x1!);
    const d = buildDesign([
      { name: 'x1', values: x1 },
      { name: 'twice_x1', values: x1.map((v) => 2 * v) },
    ]);
    expect(() => ols(d, y)).toThrow(/"twice_x1" is collinear/);
  });

  it('names a constant covariate (collinear with the intercept)', () => {
    const d = buildDesign([{ name: 'region', values: new Float64Array(y.length).fill(3) }]);
    expect(() => ols(d, y)).toThrow(/"region" is collinear/);
  });

  it('refuses cluster-robust errors with one cluster', () => {
    const err = (() => {
      try {
        ols(design, y, { vcov: 'cluster', cluster: Array(y.length).fill('only') });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(EstimationError);
    expect((err as EstimationError).problem).toBe('single-cluster');
  });

  it('refuses fewer observations than coefficients and missing values', () => {
    const d = buildDesign([{ name: 'x', values: [1, 2] }]);
    expect(() => ols(d, [1, 2])).toThrow(/need more observations/);
    expect(() => buildDesign([{ name: 'age', values: [1, Number.NaN, 3] }])).toThrow(
      /"age".*row 2/,
    );
  });

  it('reports no R² for a constant outcome instead of NaN', () => {
    const fit = ols(buildDesign([{ name: 'x', values: [1, 2, 3, 4] }]), [5, 5, 5, 5]);
    expect(fit.rSquared).toBeNull();
    expect(fit.coefficients[1]!.estimate).toBeCloseTo(0, 12);
  });
});

describe('OLS properties', () => {
  it('recovers an exact linear relation and is invariant to shifting y by a constant in the intercept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 5, maxLength: 40 }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (xs, a, b) => {
          const spread = Math.max(...xs) - Math.min(...xs);
          fc.pre(spread > 1);
          const yy = xs.map((x, i) => a + b * x + (i % 2 === 0 ? 0.5 : -0.5));
          const fit = ols(buildDesign([{ name: 'x', values: xs }]), yy);
          const shifted = ols(
            buildDesign([{ name: 'x', values: xs }]),
            yy.map((v) => v + 10),
          );
          expect(shifted.coefficients[0]!.estimate - fit.coefficients[0]!.estimate).toBeCloseTo(
            10,
            6,
          );
          expect(shifted.coefficients[1]!.estimate).toBeCloseTo(fit.coefficients[1]!.estimate, 8);
          expect(shifted.coefficients[1]!.se).toBeCloseTo(fit.coefficients[1]!.se, 8);
        },
      ),
      { numRuns: 50 },
    );
  });
});
