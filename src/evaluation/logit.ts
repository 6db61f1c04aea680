/**
 * Logistic regression by iteratively reweighted least squares (Fisher
 * scoring, as R's `glm(family = binomial)`), with model-based standard errors
 * (inverse Fisher information) and Wald z tests.
 */

import type { Design } from './design.ts';
import { EstimationError } from './errors.ts';
import { crossProduct, dotW, invertSpd } from './linalg.ts';
import { type Coefficient, coefficientTable } from './summary.ts';

export interface LogitOptions {
  /** Prior weights (e.g. survey weights); default 1. */
  readonly weights?: ArrayLike<number>;
  readonly maxIterations?: number;
  /** Convergence: |dev − dev_old| / (|dev| + 0.1) < tolerance (R's criterion; R's default is 1e-8). */
  readonly tolerance?: number;
  readonly level?: number;
}

export interface LogitResult {
  readonly coefficients: Coefficient[];
  readonly beta: Float64Array;
  readonly vcov: Float64Array;
  /** Fitted probabilities. */
  readonly fitted: Float64Array;
  /** Linear predictor xβ. */
  readonly linearPredictor: Float64Array;
  readonly deviance: number;
  readonly iterations: number;
  readonly n: number;
}

/** Fitted probabilities closer than this to 0 or 1 signal (quasi-)complete separation. */
export const SEPARATION_EPS = 1e-10;

export function logit(
  design: Design,
  y: ArrayLike<number>,
  options: LogitOptions = {},
): LogitResult {
  const { n, k, columns, names } = design;
  if (y.length !== n)
    throw new EstimationError(
      'invalid-input',
      `outcome has ${y.length} values, design has ${n} rows`,
    );
  let ones = 0;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (v !== 0 && v !== 1) {
      throw new EstimationError(
        'invalid-input',
        `binary outcome must be 0 or 1, row ${i + 1} has ${v}`,
      );
    }
    ones += v;
  }
  if (ones === 0 || ones === n) {
    throw new EstimationError(
      'no-variation',
      `the binary outcome is ${ones === 0 ? 'always 0' : 'always 1'} (e.g. all units treated), so a logistic model cannot be fitted`,
    );
  }
  if (n <= k)
    throw new EstimationError('too-few-observations', `${n} observations for ${k} coefficients`);
  const pw = options.weights;
  const maxIt = options.maxIterations ?? 50;
  const tol = options.tolerance ?? 1e-12;

  const beta = new Float64Array(k);
  const eta = new Float64Array(n);
  const mu = new Float64Array(n);
  // R's binomial()$initialize: mu = (w·y + 0.5) / (w + 1).
  for (let i = 0; i < n; i++) {
    const wi = pw ? pw[i]! : 1;
    mu[i] = (wi * y[i]! + 0.5) / (wi + 1);
    eta[i] = Math.log(mu[i]! / (1 - mu[i]!));
  }
  const deviance = () => {
    let d = 0;
    for (let i = 0; i < n; i++) {
      const wi = pw ? pw[i]! : 1;
      const m = mu[i]!;
      d -= 2 * wi * (y[i] === 1 ? Math.log(m) : Math.log(1 - m));
    }
    return d;
  };
  let devOld = deviance();
  let converged = false;
  let iterations = 0;
  let bread: Float64Array = new Float64Array(k * k);
  const wv = new Float64Array(n);
  const z = new Float64Array(n);
  for (let it = 1; it <= maxIt; it++) {
    iterations = it;
    for (let i = 0; i < n; i++) {
      const m = mu[i]!;
      const v = m * (1 - m);
      wv[i] = (pw ? pw[i]! : 1) * v;
      z[i] = v > 0 ? eta[i]! + (y[i]! - m) / v : eta[i]!;
    }
    const xtwx = crossProduct(columns, wv);
    const xtwz = new Float64Array(k);
    for (let a = 0; a < k; a++) xtwz[a] = dotW(columns[a]!, z, wv);
    bread = invertSpd(xtwx, k, names);
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let b = 0; b < k; b++) s += bread[a * k + b]! * xtwz[b]!;
      beta[a] = s;
    }
    eta.fill(0);
    for (let a = 0; a < k; a++) {
      const col = columns[a]!;
      const ba = beta[a]!;
      for (let i = 0; i < n; i++) eta[i]! += ba * col[i]!;
    }
    for (let i = 0; i < n; i++) mu[i] = 1 / (1 + Math.exp(-eta[i]!));
    const dev = deviance();
    if (!Number.isFinite(dev)) break;
    if (Math.abs(dev - devOld) / (Math.abs(dev) + 0.1) < tol) {
      devOld = dev;
      converged = true;
      break;
    }
    devOld = dev;
  }
  let extreme = 0;
  for (let i = 0; i < n; i++) if (mu[i]! < SEPARATION_EPS || mu[i]! > 1 - SEPARATION_EPS) extreme++;
  if (extreme > 0) {
    throw new EstimationError(
      'separation',
      `perfect or quasi-perfect separation: ${extreme} observations have fitted probabilities numerically 0 or 1, so the coefficients diverge; drop or coarsen the covariate that predicts the outcome exactly`,
    );
  }
  if (!converged) {
    throw new EstimationError(
      'not-converged',
      `logistic regression did not converge in ${maxIt} iterations`,
    );
  }
  // Information at the final estimate.
  for (let i = 0; i < n; i++) wv[i] = (pw ? pw[i]! : 1) * mu[i]! * (1 - mu[i]!);
  const xtwx = crossProduct(columns, wv);
  const vcov = invertSpd(xtwx, k, names);
  return {
    coefficients: coefficientTable(names, beta, vcov, { kind: 'normal' }, options.level),
    beta,
    vcov,
    fitted: mu,
    linearPredictor: eta,
    deviance: devOld,
    iterations,
    n,
  };
}
