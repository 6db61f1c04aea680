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
import { crossProduct, dot, dotW, invertSpd, sandwich } from './linalg.ts';
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
  const { n: nRows, k, columns, names } = design;
  const vcovType = options.vcov ?? 'classical';
  if (y.length !== nRows) {
    throw new EstimationError(
      'invalid-input',
      `outcome has ${y.length} values, design has ${nRows} rows`,
    );
  }
  const w = options.weights ? Float64Array.from(options.weights) : null;
  if (w && w.length !== nRows) {
    throw new EstimationError(
      'invalid-input',
      `weights have ${w.length} values, design has ${nRows} rows`,
    );
  }
  const yy = y instanceof Float64Array ? y : Float64Array.from(y);
  let n = 0;
  for (let i = 0; i < nRows; i++) {
    if (!Number.isFinite(yy[i]!)) {
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

  // X'WX and X'Wy as dot products of contiguous columns.
  const xtx = crossProduct(columns, w ?? undefined);
  const xty = new Float64Array(k);
  for (let a = 0; a < k; a++) xty[a] = w ? dotW(columns[a]!, yy, w) : dot(columns[a]!, yy);
  const bread = invertSpd(xtx, k, names);
  const beta = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let s = 0;
    for (let b = 0; b < k; b++) s += bread[a * k + b]! * xty[b]!;
    beta[a] = s;
  }

  // Residuals e = y − Xβ, column by column.
  const e = Float64Array.from(yy);
  for (let a = 0; a < k; a++) {
    const col = columns[a]!;
    const ba = beta[a]!;
    for (let i = 0; i < nRows; i++) e[i]! -= ba * col[i]!;
  }
  let sse = 0;
  let sumWy = 0;
  let sumW = 0;
  for (let i = 0; i < nRows; i++) {
    const wi = w ? w[i]! : 1;
    sse += wi * e[i]! * e[i]!;
    sumWy += wi * yy[i]!;
    sumW += wi;
  }
  const meanY = sumWy / sumW;
  let sst = 0;
  for (let i = 0; i < nRows; i++) {
    const d = yy[i]! - meanY;
    sst += (w ? w[i]! : 1) * d * d;
  }

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
  let meat: Float64Array = new Float64Array(k * k);
  let clustersUsed = 0;
  if (vcovType === 'hc1') {
    const s2 = new Float64Array(nRows);
    for (let i = 0; i < nRows; i++) {
      const we = (w ? w[i]! : 1) * e[i]!;
      s2[i] = we * we;
    }
    meat = crossProduct(columns, s2);
  } else if (grouping) {
    const G = grouping.nGroups;
    const codes = grouping.codes;
    const we = new Float64Array(nRows);
    const used = new Uint8Array(G);
    for (let i = 0; i < nRows; i++) {
      const wi = w ? w[i]! : 1;
      we[i] = wi * e[i]!;
      if (wi > 0) used[codes[i]!] = 1;
    }
    for (let g = 0; g < G; g++) clustersUsed += used[g]!;
    // Cluster score sums u_g, stored column by column (k arrays of length G).
    const u = Array.from({ length: k }, () => new Float64Array(G));
    for (let a = 0; a < k; a++) {
      const col = columns[a]!;
      const ua = u[a]!;
      for (let i = 0; i < nRows; i++) ua[codes[i]!]! += we[i]! * col[i]!;
    }
    meat = crossProduct(u);
  }

  let vcov: Float64Array;
  let df = n - k;
  let nClusters: number | null = null;
  if (vcovType === 'classical') {
    const s2 = sse / (n - k);
    vcov = bread.map((v) => v * s2);
  } else if (vcovType === 'hc1') {
    vcov = sandwich(bread, meat, k, n / (n - k));
  } else {
    const g = clustersUsed;
    nClusters = g;
    if (g < 2) {
      throw new EstimationError(
        'single-cluster',
        `cluster-robust standard errors need at least 2 clusters, got ${g}`,
      );
    }
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
