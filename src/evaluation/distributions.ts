/**
 * Distribution functions used by the estimators. The numerics come from the
 * stdlib.io packages (ports of the Boost/Cephes algorithms); this module only
 * wraps them with argument checks and the two-sided conventions we need.
 */
import betainc from '@stdlib/math-base-special-betainc';
import gammainc from '@stdlib/math-base-special-gammainc';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** Degrees of freedom used for a Wald test: a finite t distribution, or the standard normal. */
export type Reference = { kind: 't'; df: number } | { kind: 'normal' };

function checkDf(df: number): void {
  if (!(df > 0) || !Number.isFinite(df)) {
    throw new RangeError(`degrees of freedom must be a positive finite number, got ${df}`);
  }
}

/** P(T ≤ x) for Student's t with `df` degrees of freedom. */
export function studentTCdf(x: number, df: number): number {
  checkDf(df);
  return tCdf(x, df);
}

/** The p-quantile of Student's t with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  checkDf(df);
  return tQuantile(p, df);
}

export function standardNormalCdf(x: number): number {
  return normalCdf(x, 0, 1);
}

export function standardNormalQuantile(p: number): number {
  return normalQuantile(p, 0, 1);
}

/**
 * Upper tail P(X ≥ x) of the chi-square distribution with `df` degrees of freedom,
 * as the regularised upper incomplete gamma Q(df/2, x/2) evaluated directly (not
 * 1 − CDF, which cancels to 0 below about 1e-16; R's pchisq(lower.tail = FALSE)).
 */
export function chiSquareSurvival(x: number, df: number): number {
  checkDf(df);
  if (!(x > 0)) return 1;
  return gammainc(x / 2, df / 2, true, true);
}

/** Upper tail P(F ≥ f) of the F distribution with (df1, df2) df, as I_x(df2/2, df1/2), x = df2/(df2 + df1·f). */
export function fDistributionSurvival(f: number, df1: number, df2: number): number {
  checkDf(df1);
  checkDf(df2);
  if (!(f > 0)) return 1;
  return betainc(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, true, false);
}

/** Two-sided p-value of a Wald statistic under the reference distribution. */
export function twoSidedP(stat: number, ref: Reference): number {
  const a = -Math.abs(stat);
  return 2 * (ref.kind === 't' ? studentTCdf(a, ref.df) : standardNormalCdf(a));
}

/** Critical value for a two-sided (1 − alpha) interval. */
export function criticalValue(level: number, ref: Reference): number {
  if (!(level > 0 && level < 1))
    throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  const p = 1 - (1 - level) / 2;
  return ref.kind === 't' ? studentTQuantile(p, ref.df) : standardNormalQuantile(p);
}

/** Significance stars as in the source evaluations: * p<0.05, ** p<0.01, *** p<0.001, "ns" otherwise. */
export function stars(p: number): '***' | '**' | '*' | 'ns' {
  if (p < 0.001) return '***';
  if (p < 0.01) return '**';
  if (p < 0.05) return '*';
  return 'ns';
}
