/**
 * Ordinary (and weighted) least squares with classical, HC1 and cluster-robust
 * CR1 standard errors.
 *
 * - classical: V = s² (X'WX)⁻¹, s² = Σ wᵢeᵢ² / (N − K); t with N − K df.
 * - HC1: V = N/(N − K) · (X'WX)⁻¹ [Σ wᵢ²eᵢ² xᵢxᵢ'] (X'WX)⁻¹; t with N − K df
 *   (as `sandwich::vcovHC(type = "HC1")` with `lmtest::coeftest`).
 * - CR1: V = G/(G − 1) · (N − 1)/(N − K) · (X'WX)⁻¹ [Σ_g u_g u_g'] (X'WX)⁻¹,
 *   u_g = Σ_{i∈g} wᵢeᵢxᵢ; t with G − 1 df (Stata's `vce(cluster)` and
 *   `sandwich::vcovCL(type = "HC1", cadjust = TRUE)`).
 */

import { type Design, factorize, type Grouping } from './design.ts';
import type { Reference } from './distributions.ts';
import { EstimationError } from './errors.ts';
import { invertSpd, sandwich, symmetrizeLower } from './linalg.ts';
import { type Coefficient, coefficientTable } from './summary.ts';

export type VcovType = 'classical' | 'hc1' | 'cluster';

export interface OlsOptions {
  readonly vcov?: VcovType;
  /** Cluster labels or a prepared grouping (required for vcov = "cluster"). */
  readonly cluster?: Grouping | ArrayLike<string | number>;
  /** Analytic/probability weights (e.g. IPW or matching weights); rows with weight 0 are dropped. */
  readonly weights?: ArrayLike<number>;
  /** Confidence level, default 0.95. */
  readonly level?: number;
}

export interface OlsResult {
  readonly coefficients: Coefficient[];
  readonly vcovType: VcovType;
  /** Observations used (positive weight). */
  readonly n: number;
  readonly k: number;
  readonly nClusters: number | null;
  /** Degrees of freedom of the t reference distribution. */
  readonly df: number;
  readonly reference: Reference;
  readonly vcov: Float64Array;
  readonly beta: Float64Array;
  /** 1 − SSE/SST (weighted, around the mean); null when the outcome is constant. */
  readonly rSquared: number | null;
  /** Residual standard error sqrt(Σ wᵢeᵢ² / (N − K)). */
  readonly sigma: number;
}

function isGrouping(c: OlsOptions['cluster']): c is Grouping {
  return typeof c === 'object' && c !== null && 'codes' in c && 'nGroups' in c;
}

export function ols(design: Design, y: ArrayLike<number>, options: OlsOptions = {}): OlsResult {
  const { n: nRows, k, x, names } = design;
  const vcovType = options.vcov ?? 'classical';
  if (y.length !== nRows) {
    throw new EstimationError(
      'invalid-input',
      `outcome has ${y.length} values, design has ${nRows} rows`,
    );
  }
  const w = options.weights;
  if (w && w.length !== nRows) {
    throw new EstimationError(
      'invalid-input',
      `weights have ${w.length} values, design has ${nRows} rows`,
    );
  }
  let n = 0;
  for (let i = 0; i < nRows; i++) {
    const yi = y[i]!;
    if (!Number.isFinite(yi)) {
      throw new EstimationError(
        'invalid-input',
        `outcome has a missing or non-numeric value in row ${i + 1}`,
      );
    }
    if (w) {
      const wi = w[i]!;
      if (!(wi >= 0) || !Number.isFinite(wi)) {
        throw new EstimationError(
          'invalid-input',
          `weight in row ${i + 1} is negative or not a number`,
        );
      }
      if (wi > 0) n++;
    } else n++;
  }
  if (n <= k) {
    throw new EstimationError(
      'too-few-observations',
      `${n} observations for ${k} coefficients: need more observations than coefficients`,
    );
  }

  // X'WX (lower triangle) and X'Wy in one pass.
  const xtx = new Float64Array(k * k);
  const xty = new Float64Array(k);
  for (let i = 0; i < nRows; i++) {
    const wi = w ? w[i]! : 1;
    if (wi === 0) continue;
    const row = i * k;
    const yi = y[i]! * wi;
    for (let a = 0; a < k; a++) {
      const xa = x[row + a]!;
      const xaw = xa * wi;
      xty[a]! += xa * yi;
      const base = a * k;
      for (let b = 0; b <= a; b++) xtx[base + b]! += xaw * x[row + b]!;
    }
  }
  symmetrizeLower(xtx, k);
  const bread = invertSpd(xtx, k, names);
  const beta = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let s = 0;
    for (let b = 0; b < k; b++) s += bread[a * k + b]! * xty[b]!;
    beta[a] = s;
  }

  // Residuals, R² and the meat.
  let grouping: Grouping | null = null;
  if (vcovType === 'cluster') {
    if (!options.cluster)
      throw new EstimationError('invalid-input', 'cluster-robust errors need a cluster variable');
    grouping = isGrouping(options.cluster) ? options.cluster : factorize(options.cluster);
    if (grouping.codes.length !== nRows) {
      throw new EstimationError(
        'invalid-input',
        `cluster has ${grouping.codes.length} values, design has ${nRows} rows`,
      );
    }
  }
  const meat = new Float64Array(k * k);
  const scores = grouping ? new Float64Array(grouping.nGroups * k) : null;
  const clusterUsed = grouping ? new Uint8Array(grouping.nGroups) : null;
  let sse = 0;
  let sumWy = 0;
  let sumW = 0;
  for (let i = 0; i < nRows; i++) {
    const wi = w ? w[i]! : 1;
    if (wi === 0) continue;
    const row = i * k;
    let fit = 0;
    for (let a = 0; a < k; a++) fit += x[row + a]! * beta[a]!;
    const e = y[i]! - fit;
    sse += wi * e * e;
    sumWy += wi * y[i]!;
    sumW += wi;
    if (vcovType === 'hc1') {
      const s = wi * wi * e * e;
      for (let a = 0; a < k; a++) {
        const xa = x[row + a]! * s;
        const base = a * k;
        for (let b = 0; b <= a; b++) meat[base + b]! += xa * x[row + b]!;
      }
    } else if (scores && grouping && clusterUsed) {
      const g = grouping.codes[i]!;
      clusterUsed[g] = 1;
      const base = g * k;
      const we = wi * e;
      for (let a = 0; a < k; a++) scores[base + a]! += we * x[row + a]!;
    }
  }
  let sst = 0;
  const meanY = sumWy / sumW;
  for (let i = 0; i < nRows; i++) {
    const wi = w ? w[i]! : 1;
    if (wi === 0) continue;
    const d = y[i]! - meanY;
    sst += wi * d * d;
  }

  let vcov: Float64Array;
  let df = n - k;
  let nClusters: number | null = null;
  if (vcovType === 'classical') {
    const s2 = sse / (n - k);
    vcov = bread.map((v) => v * s2);
  } else if (vcovType === 'hc1') {
    symmetrizeLower(meat, k);
    vcov = sandwich(bread, meat, k, n / (n - k));
  } else {
    const g = clusterUsed!.reduce((s, v) => s + v, 0);
    nClusters = g;
    if (g < 2) {
      throw new EstimationError(
        'single-cluster',
        `cluster-robust standard errors need at least 2 clusters, got ${g}`,
      );
    }
    const sc = scores!;
    for (let c = 0; c < grouping!.nGroups; c++) {
      const base = c * k;
      for (let a = 0; a < k; a++) {
        const ua = sc[base + a]!;
        if (ua === 0) continue;
        const mb = a * k;
        for (let b = 0; b <= a; b++) meat[mb + b]! += ua * sc[base + b]!;
      }
    }
    symmetrizeLower(meat, k);
    vcov = sandwich(bread, meat, k, (g / (g - 1)) * ((n - 1) / (n - k)));
    df = g - 1;
  }
  const reference: Reference = { kind: 't', df };
  return {
    coefficients: coefficientTable(names, beta, vcov, reference, options.level),
    vcovType,
    n,
    k,
    nClusters,
    df,
    reference,
    vcov,
    beta,
    rSquared: sst > 0 ? 1 - sse / sst : null,
    sigma: Math.sqrt(sse / (n - k)),
  };
}
