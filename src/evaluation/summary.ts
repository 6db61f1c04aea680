/** Turns an estimate vector and its covariance matrix into the reported coefficient table. */
import { criticalValue, type Reference, stars, twoSidedP } from './distributions.ts';
import { EstimationError } from './errors.ts';

export interface Coefficient {
  readonly name: string;
  readonly estimate: number;
  readonly se: number;
  /** t or z statistic. */
  readonly statistic: number;
  readonly p: number;
  /** Confidence interval at the requested level (95 % by default). */
  readonly ci: readonly [number, number];
  readonly stars: '***' | '**' | '*' | 'ns';
}

export function coefficientTable(
  names: readonly string[],
  beta: ArrayLike<number>,
  vcov: Float64Array,
  ref: Reference,
  level = 0.95,
): Coefficient[] {
  const k = names.length;
  const crit = criticalValue(level, ref);
  const out: Coefficient[] = [];
  for (let j = 0; j < k; j++) {
    const estimate = beta[j]!;
    const variance = vcov[j * k + j]!;
    if (!(variance >= 0) || !Number.isFinite(estimate)) {
      throw new EstimationError(
        'not-converged',
        `the estimate or variance of "${names[j]}" is not finite (variance ${variance})`,
      );
    }
    const se = Math.sqrt(variance);
    const statistic = se > 0 ? estimate / se : estimate === 0 ? 0 : Math.sign(estimate) * Infinity;
    const p = se > 0 ? twoSidedP(statistic, ref) : estimate === 0 ? 1 : 0;
    out.push({
      name: names[j]!,
      estimate,
      se,
      statistic,
      p,
      ci: [estimate - crit * se, estimate + crit * se],
      stars: stars(p),
    });
  }
  return out;
}
