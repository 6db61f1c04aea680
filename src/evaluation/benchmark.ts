/**
 * Municipality benchmarking in the manner of STAR's "benchmarking" /
 * rammevilkår: each unit's outcome is regressed by OLS on its composition
 * (population shares), the fitted value is the level expected given that
 * composition, and the residual (actual − expected) ranks the units. Pure; the
 * measure `benchmarking` in src/stats builds the units from the register.
 * Model and choices: docs/statistics.md § Benchmarking.
 */
import { buildDesign } from './design.ts';
import { ols } from './ols.ts';
import type { Coefficient } from './summary.ts';

export interface BenchmarkUnit {
  id: string;
  outcome: number;
  /** Covariate values, by name (the same names for every unit). */
  covariates: Readonly<Record<string, number>>;
  /** The unit's weight when the fit is weighted (e.g. its residents): a positive number. */
  weight?: number;
}

export interface BenchmarkRow {
  id: string;
  actual: number;
  expected: number;
  /** actual − expected */
  residual: number;
  /** 1 = furthest on the good side of its expected level. */
  rank: number;
}

export interface BenchmarkResult {
  coefficients: Coefficient[];
  rSquared: number | null;
  sigma: number;
  n: number;
  rows: BenchmarkRow[];
}

/**
 * Fits outcome = β₀ + Σ βⱼ·covariateⱼ + ε by OLS (classical standard errors)
 * over the units and ranks them by residual: ascending when a lower outcome is
 * better (`lowerIsBetter`, e.g. the share on public benefits), else descending;
 * ties by id. `weighted`: weighted least squares with each unit's `weight`
 * (statsmodels WLS: β = (X'WX)⁻¹X'Wy, σ² = Σ wᵢeᵢ² / (N − K), R² around the
 * weighted mean); the residual stays actual − expected.
 */
export function benchmark(
  units: readonly BenchmarkUnit[],
  covariates: readonly string[],
  options: { lowerIsBetter?: boolean; weighted?: boolean } = {},
): BenchmarkResult {
  const weights = options.weighted
    ? units.map((u, i) => {
        const w = u.weight;
        if (typeof w !== 'number' || !Number.isFinite(w) || w <= 0) {
          throw new Error(
            `units[${i}].weight (${u.id}) must be a positive number for a weighted benchmark, got ${JSON.stringify(w)}`,
          );
        }
        return w;
      })
    : undefined;
  const design = buildDesign(
    covariates.map((name) => ({
      name,
      values: Float64Array.from(units, (u) => u.covariates[name] ?? Number.NaN),
    })),
    { rows: units.length },
  );
  const y = Float64Array.from(units, (u) => u.outcome);
  const fit = ols(design, y, { weights });
  const rows = units.map((u, i) => {
    let expected = 0;
    for (let j = 0; j < design.k; j++) expected += fit.beta[j]! * design.columns[j]![i]!;
    return { id: u.id, actual: u.outcome, expected, residual: u.outcome - expected, rank: 0 };
  });
  const sign = options.lowerIsBetter ? 1 : -1;
  const order = [...rows].sort(
    (a, b) => sign * (a.residual - b.residual) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  order.forEach((r, i) => {
    r.rank = i + 1;
  });
  return {
    coefficients: fit.coefficients,
    rSquared: fit.rSquared,
    sigma: fit.sigma,
    n: fit.n,
    rows,
  };
}
