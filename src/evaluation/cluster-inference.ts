/**
 * Inference at the level of assignment, for OLS fits whose treatment is
 * assigned by cluster (municipality) with few clusters:
 *
 * - `cr2`: the bias-reduced linearisation variance (Bell & McCaffrey 2002) with
 *   Satterthwaite degrees of freedom per coefficient (Pustejovsky & Tipton 2018,
 *   J. Bus. Econ. Stat. 36(4); R clubSandwich `vcovCR(type = "CR2")` +
 *   `coef_test(test = "Satterthwaite")`, working model Φ = I as for unweighted lm).
 * - `waldTest`: joint Wald test of several coefficients being 0, F = W/q on
 *   (q, G − 1) df from a cluster-robust variance (clubSandwich "Naive-F").
 * - `wildClusterBootstrap`: the restricted wild cluster bootstrap-t (WCR;
 *   Cameron, Gelbach & Miller 2008; MacKinnon & Webb 2017) with Rademacher or
 *   Webb weights, CR1 t statistics, seeded; all 2^G sign patterns when that is
 *   no more than the requested replications.
 * - `adjustPValues`: Holm and Benjamini–Hochberg (R `p.adjust`).
 *
 * Everything works on per-cluster k × k sums (S_g = X_g'X_g, X_g'y_g), so a
 * municipality with 10,000 spells costs O(10,000 · k²), never an n_g × n_g matrix:
 * (I − H_gg)^(−1/2) acts on X_g only through the eigenvectors of
 * B^(1/2) S_g B^(1/2) (H_gg = X_g B X_g' has the same non-zero eigenvalues).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import type { Design, Grouping } from './design.ts';
import { factorize } from './design.ts';
import {
  criticalValue,
  fDistributionSurvival,
  type Reference,
  stars,
  twoSidedP,
} from './distributions.ts';
import { EstimationError } from './errors.ts';
import { invertSpd } from './linalg.ts';
import type { Coefficient } from './summary.ts';

export interface ClusterSums {
  readonly k: number;
  readonly G: number;
  readonly n: number;
  /** (X'X)⁻¹, row-major k × k. */
  readonly bread: Float64Array;
  readonly beta: Float64Array;
  /** S_g = X_g'X_g for each cluster, row-major k × k. */
  readonly s: Float64Array[];
  /** X_g'y_g for each cluster. */
  readonly xy: Float64Array[];
  /** X_g'e_g (OLS residuals) for each cluster. */
  readonly xe: Float64Array[];
  readonly names: readonly string[];
}

function isGrouping(c: Grouping | ArrayLike<string | number>): c is Grouping {
  return typeof c === 'object' && c !== null && 'codes' in c && 'nGroups' in c;
}

/** OLS by cluster sums: β, (X'X)⁻¹ and the per-cluster cross-products. */
export function clusterSums(
  design: Design,
  y: ArrayLike<number>,
  cluster: Grouping | ArrayLike<string | number>,
): ClusterSums {
  const { n, k, columns, names } = design;
  const grouping = isGrouping(cluster) ? cluster : factorize(cluster);
  if (grouping.codes.length !== n || y.length !== n)
    throw new EstimationError('invalid-input', `cluster and outcome must have ${n} values`);
  const G = grouping.nGroups;
  if (G < 2)
    throw new EstimationError(
      'single-cluster',
      `cluster-robust inference needs at least 2 clusters, got ${G}`,
    );
  const codes = grouping.codes;
  const s = Array.from({ length: G }, () => new Float64Array(k * k));
  const xy = Array.from({ length: G }, () => new Float64Array(k));
  const row = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    for (let a = 0; a < k; a++) row[a] = columns[a]![i]!;
    const g = codes[i]!;
    const sg = s[g]!;
    const xyg = xy[g]!;
    const yi = y[i]!;
    for (let a = 0; a < k; a++) {
      const ra = row[a]!;
      xyg[a]! += ra * yi;
      for (let b = 0; b <= a; b++) sg[a * k + b]! += ra * row[b]!;
    }
  }
  const xtx = new Float64Array(k * k);
  const xty = new Float64Array(k);
  for (let g = 0; g < G; g++) {
    const sg = s[g]!;
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) sg[b * k + a] = sg[a * k + b]!;
    for (let j = 0; j < k * k; j++) xtx[j]! += sg[j]!;
    for (let a = 0; a < k; a++) xty[a]! += xy[g]![a]!;
  }
  const bread = invertSpd(xtx, k, names);
  const beta = matVec(bread, xty, k);
  const xe = s.map((sg, g) => {
    const sb = matVec(sg, beta, k);
    return xy[g]!.map((v, a) => v - sb[a]!);
  });
  return { k, G, n, bread, beta, s, xy, xe, names };
}

function matVec(m: Float64Array, v: ArrayLike<number>, k: number): Float64Array {
  const out = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let t = 0;
    for (let b = 0; b < k; b++) t += m[a * k + b]! * v[b]!;
    out[a] = t;
  }
  return out;
}

function dotK(a: ArrayLike<number>, b: ArrayLike<number>, k: number): number {
  let t = 0;
  for (let j = 0; j < k; j++) t += a[j]! * b[j]!;
  return t;
}

/** Symmetric square root of a symmetric positive-definite matrix. */
function sqrtSpd(a: Float64Array, k: number): Float64Array {
  const e = new EigenvalueDecomposition(toM(a, k), { assumeSymmetric: true });
  const v = e.eigenvectorMatrix;
  const d = e.realEigenvalues;
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let p = 0; p < k; p++) t += v.get(i, p) * Math.sqrt(Math.max(d[p]!, 0)) * v.get(j, p);
      out[i * k + j] = t;
    }
  return out;
}

function toM(a: Float64Array, k: number): Matrix {
  const m = new Matrix(k, k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) m.set(i, j, a[i * k + j]!);
  return m;
}

/**
 * Per cluster: the eigen-directions of H_gg as k-vectors w_j = C u_j (C = B^(1/2))
 * with their eigenvalues λ_j, so that for any k-vector z,
 * X_g'(I − H_gg)^p X_g z = S_g z + Σ_j S_g w_j · φ_p(λ_j) · (w_j' S_g z),
 * φ_p(λ) = ((1 − λ)^p − 1)/λ (the pseudo-inverse power where λ = 1, as clubSandwich).
 */
interface Directions {
  w: Float64Array[];
  lambda: number[];
}

function directions(sg: Float64Array, c: Float64Array, k: number): Directions {
  const m = new Float64Array(k * k);
  // M = C S_g C
  const cs = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let p = 0; p < k; p++) t += c[i * k + p]! * sg[p * k + j]!;
      cs[i * k + j] = t;
    }
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let p = 0; p < k; p++) t += cs[i * k + p]! * c[p * k + j]!;
      m[i * k + j] = t;
    }
  for (let i = 0; i < k; i++)
    for (let j = 0; j < i; j++) {
      const v = (m[i * k + j]! + m[j * k + i]!) / 2;
      m[i * k + j] = v;
      m[j * k + i] = v;
    }
  const e = new EigenvalueDecomposition(toM(m, k), { assumeSymmetric: true });
  const u = e.eigenvectorMatrix;
  const out: Directions = { w: [], lambda: [] };
  e.realEigenvalues.forEach((lambda, j) => {
    if (!(lambda > 1e-12)) return;
    const uj = new Float64Array(k);
    for (let i = 0; i < k; i++) uj[i] = u.get(i, j);
    out.w.push(matVec(c, uj, k));
    out.lambda.push(Math.min(lambda, 1));
  });
  return out;
}

function phi(lambda: number, power: number): number {
  const rest = 1 - lambda;
  // (I − H)^p on the null space of I − H is 0 for the pseudo-inverse (clubSandwich).
  const powered = rest < 1e-10 ? 0 : rest ** power;
  return (powered - 1) / lambda;
}

/** X_g'(I − H_gg)^p X_g z, or with `t` in place of X_g'X_g z: t + Σ_j S_g w_j φ (w_j' t). */
function adjust(sg: Float64Array, d: Directions, t: Float64Array, power: number, k: number) {
  const out = Float64Array.from(t);
  d.w.forEach((w, j) => {
    const coef = phi(d.lambda[j]!, power) * dotK(w, t, k);
    const sw = matVec(sg, w, k);
    for (let a = 0; a < k; a++) out[a]! += sw[a]! * coef;
  });
  return out;
}

export interface Cr2Result {
  readonly coefficients: (Coefficient & { df: number })[];
  readonly vcov: Float64Array;
  readonly nClusters: number;
  readonly n: number;
}

/** CR2 variance and Satterthwaite t tests for each coefficient (clubSandwich `coef_test`). */
export function cr2(sums: ClusterSums, level = 0.95): Cr2Result {
  const { k, G, bread, beta, s, xe, names } = sums;
  const c = sqrtSpd(bread, k);
  const dirs = s.map((sg) => directions(sg, c, k));
  // Adjusted cluster scores u_g = X_g'A_g e_g, A_g = (I − H_gg)^(−1/2).
  const u = xe.map((t, g) => adjust(s[g]!, dirs[g]!, t, -0.5, k));
  const meat = new Float64Array(k * k);
  for (const ug of u)
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a * k + b]! += ug[a]! * ug[b]!;
  const vcov = sandwichK(bread, meat, k);
  const coefficients = names.map((name, j) => {
    // Satterthwaite df for the contrast e_j (Pustejovsky & Tipton 2018, eq. 11 with Φ = I).
    const b = new Float64Array(k);
    for (let a = 0; a < k; a++) b[a] = bread[a * k + j]!;
    // m_g = X_g'A_g X_g b, s_g = b'X_g'A_g²X_g b; q_g'q_h = δ_gh s_g − m_g'B m_h.
    const m: Float64Array[] = [];
    const sOwn: number[] = [];
    for (let g = 0; g < G; g++) {
      const sb = matVec(s[g]!, b, k);
      m.push(adjust(s[g]!, dirs[g]!, sb, -0.5, k));
      sOwn.push(dotK(b, adjust(s[g]!, dirs[g]!, sb, -1, k), k));
    }
    const bm = m.map((mg) => matVec(bread, mg, k));
    let trace = 0;
    let sumSq = 0;
    for (let g = 0; g < G; g++) {
      for (let h = 0; h < G; h++) {
        const q = (g === h ? sOwn[g]! : 0) - dotK(m[g]!, bm[h]!, k);
        if (g === h) trace += q;
        sumSq += q * q;
      }
    }
    const df = (trace * trace) / sumSq;
    const se = Math.sqrt(vcov[j * k + j]!);
    const estimate = beta[j]!;
    const statistic = estimate / se;
    const ref: Reference = { kind: 't', df };
    const p = twoSidedP(statistic, ref);
    const crit = criticalValue(level, ref);
    return {
      name,
      estimate,
      se,
      statistic,
      p,
      df,
      ci: [estimate - crit * se, estimate + crit * se] as const,
      stars: stars(p),
    };
  });
  return { coefficients, vcov, nClusters: G, n: sums.n };
}

function sandwichK(bread: Float64Array, meat: Float64Array, k: number, scale = 1): Float64Array {
  const tmp = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let p = 0; p < k; p++) t += bread[i * k + p]! * meat[p * k + j]!;
      tmp[i * k + j] = t;
    }
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (let p = 0; p < k; p++) t += tmp[i * k + p]! * bread[p * k + j]!;
      out[i * k + j] = t * scale;
    }
  for (let i = 0; i < k; i++)
    for (let j = 0; j < i; j++) {
      const v = (out[i * k + j]! + out[j * k + i]!) / 2;
      out[i * k + j] = v;
      out[j * k + i] = v;
    }
  return out;
}

/** CR1 variance from cluster sums: G/(G − 1)·(N − 1)/(N − K)·B Σ u_g u_g' B (as ols `cluster`). */
export function cr1(sums: ClusterSums): Float64Array {
  const { k, G, n, bread, xe } = sums;
  const meat = new Float64Array(k * k);
  for (const ug of xe)
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) meat[a * k + b]! += ug[a]! * ug[b]!;
  return sandwichK(bread, meat, k, (G / (G - 1)) * ((n - 1) / (n - k)));
}

export interface WaldResult {
  readonly terms: readonly string[];
  /** Wald statistic W = b'V⁻¹b. */
  readonly chiSquare: number;
  /** F = W/q. */
  readonly f: number;
  readonly df1: number;
  readonly df2: number;
  /** P(F(q, G − 1) ≥ f). */
  readonly p: number;
}

/** Joint test that the named coefficients are all 0, F = W/q on (q, df2) df. */
export function waldTest(
  beta: ArrayLike<number>,
  vcov: Float64Array,
  names: readonly string[],
  terms: readonly string[],
  df2: number,
): WaldResult {
  const k = names.length;
  const idx = terms.map((t) => {
    const i = names.indexOf(t);
    if (i < 0) throw new EstimationError('invalid-input', `no coefficient named "${t}"`);
    return i;
  });
  const q = idx.length;
  const sub = new Float64Array(q * q);
  for (let a = 0; a < q; a++)
    for (let b = 0; b < q; b++) sub[a * q + b] = vcov[idx[a]! * k + idx[b]!]!;
  // Sandwich products are symmetric only up to rounding; Cholesky needs exact symmetry.
  for (let a = 0; a < q; a++)
    for (let b = 0; b < a; b++) {
      const v = (sub[a * q + b]! + sub[b * q + a]!) / 2;
      sub[a * q + b] = v;
      sub[b * q + a] = v;
    }
  const inv = invertSpd(sub, q, terms);
  let w = 0;
  for (let a = 0; a < q; a++)
    for (let b = 0; b < q; b++) w += beta[idx[a]!]! * inv[a * q + b]! * beta[idx[b]!]!;
  const f = w / q;
  return { terms, chiSquare: w, f, df1: q, df2, p: fDistributionSurvival(f, q, df2) };
}

// ---------------------------------------------------------------------------
// Wild cluster bootstrap

export type BootstrapWeights = 'rademacher' | 'webb';

export interface WildBootstrapResult {
  readonly term: string;
  readonly estimate: number;
  /** CR1 t statistic of the estimate. */
  readonly statistic: number;
  /** Share of bootstrap |t*| at least |t| (restricted: null imposed). */
  readonly p: number;
  /** Estimate ± the level quantile of |t*| from the unrestricted bootstrap times the CR1 SE. */
  readonly ci: readonly [number, number];
  readonly replications: number;
  /** True when all 2^G Rademacher sign patterns were used (no sampling). */
  readonly exhaustive: boolean;
  readonly weights: BootstrapWeights;
  readonly seed: number;
  readonly nClusters: number;
}

/** mulberry32: a small seeded 32-bit generator (Tommy Ettinger), enough for bootstrap weights. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEBB = [-Math.sqrt(1.5), -1, -Math.sqrt(0.5), Math.sqrt(0.5), 1, Math.sqrt(1.5)];

/**
 * Wild cluster bootstrap-t for one coefficient. The p-value imposes the null
 * (WCR: residuals and fit of the model without the term); the interval uses the
 * unrestricted residuals (WCU) and the symmetric bootstrap-t quantile.
 */
export function wildClusterBootstrap(
  design: Design,
  y: ArrayLike<number>,
  cluster: Grouping | ArrayLike<string | number>,
  term: string,
  options: {
    replications?: number;
    weights?: BootstrapWeights;
    seed?: number;
    level?: number;
  } = {},
): WildBootstrapResult {
  const replications = options.replications ?? 9999;
  const weights = options.weights ?? 'webb';
  const seed = options.seed ?? 20261204;
  const level = options.level ?? 0.95;
  const grouping = isGrouping(cluster) ? cluster : factorize(cluster);
  const j = design.names.indexOf(term);
  if (j < 0) throw new EstimationError('invalid-input', `no coefficient named "${term}"`);
  const full = clusterSums(design, y, grouping);
  const { k, G, bread, beta } = full;
  const v1 = cr1(full);
  const se = Math.sqrt(v1[j * k + j]!);
  const t0 = beta[j]! / se;
  // Restricted fit: y regressed on the design without the term.
  const restrictedDesign: Design = {
    n: design.n,
    k: k - 1,
    columns: design.columns.filter((_, a) => a !== j),
    names: design.names.filter((_, a) => a !== j),
  };
  const r = clusterSums(restrictedDesign, y, grouping);
  // Per cluster in the full model's coordinates: X_g'ỹ_g (fit of the restricted model) and X_g'ẽ_g.
  const fitCoef = new Float64Array(k);
  restrictedDesign.names.forEach((_, a) => {
    fitCoef[a < j ? a : a + 1] = r.beta[a]!;
  });
  const xFit = full.s.map((sg) => matVec(sg, fitCoef, k));
  const xResR = full.xy.map((xyg, g) => xyg.map((v, a) => v - xFit[g]![a]!));
  const scale = (G / (G - 1)) * ((full.n - 1) / (full.n - k));
  const rho = new Float64Array(k);
  for (let a = 0; a < k; a++) rho[a] = bread[j * k + a]!;
  const rhoS = full.s.map((sg) => {
    const out = new Float64Array(k);
    for (let b = 0; b < k; b++) out[b] = dotK(rho, sg.subarray(b * k, b * k + k), k);
    return out;
  });

  /** |t*| of every replication for one set of base fit + residual scores. */
  function bootstrapT(base: Float64Array[], resid: Float64Array[], centre: number): Float64Array {
    // β* = B Σ X_g'y*_g = β_base + Σ_h w_h B X_h'ẽ_h; δ* − centre over its CR1 SE.
    const baseBeta = matVec(bread, sumVec(base, k), k);
    const bRes = resid.map((t) => matVec(bread, t, k));
    // c'B u*_g = ρ·(base_g + w_g res_g) − ρS_g β*, β* = baseBeta + Σ_h w_h bRes_h.
    const a0 = base.map((bg, g) => dotK(rho, bg, k) - dotK(rhoS[g]!, baseBeta, k));
    const a1 = resid.map((rg) => dotK(rho, rg, k));
    const mgh = rhoS.map((rs) => bRes.map((bh) => dotK(rs, bh, k)));
    const out = new Float64Array(exhaustive ? 2 ** G : replications);
    const w = new Float64Array(G);
    const next = mulberry32(seed);
    for (let rep = 0; rep < out.length; rep++) {
      for (let g = 0; g < G; g++) {
        if (exhaustive) w[g] = (rep >> g) & 1 ? -1 : 1;
        else if (weights === 'rademacher') w[g] = next() < 0.5 ? -1 : 1;
        else w[g] = WEBB[Math.floor(next() * 6)]!;
      }
      let delta = baseBeta[j]!;
      for (let h = 0; h < G; h++) delta += w[h]! * bRes[h]![j]!;
      let ss = 0;
      for (let g = 0; g < G; g++) {
        let score = a0[g]! + w[g]! * a1[g]!;
        const row = mgh[g]!;
        for (let h = 0; h < G; h++) score -= w[h]! * row[h]!;
        ss += score * score;
      }
      out[rep] = Math.abs((delta - centre) / Math.sqrt(scale * ss));
    }
    return out;
  }
  const exhaustive = weights === 'rademacher' && 2 ** G <= replications;
  const tR = bootstrapT(xFit, xResR, 0);
  let exceed = 0;
  const tol = 1e-12 * Math.max(1, Math.abs(t0));
  for (const t of tR) if (t >= Math.abs(t0) - tol) exceed++;
  const xFitU = full.s.map((sg) => matVec(sg, beta, k));
  const tU = bootstrapT(xFitU, full.xe, beta[j]!);
  const sorted = Float64Array.from(tU).sort();
  const q = sorted[Math.min(sorted.length - 1, Math.ceil(level * sorted.length) - 1)]!;
  return {
    term,
    estimate: beta[j]!,
    statistic: t0,
    p: exceed / tR.length,
    ci: [beta[j]! - q * se, beta[j]! + q * se],
    replications: tR.length,
    exhaustive,
    weights: exhaustive ? 'rademacher' : weights,
    seed,
    nClusters: G,
  };
}

function sumVec(vs: Float64Array[], k: number): Float64Array {
  const out = new Float64Array(k);
  for (const v of vs) for (let a = 0; a < k; a++) out[a]! += v[a]!;
  return out;
}

// ---------------------------------------------------------------------------
// Multiple testing

export type Adjustment = 'holm' | 'BH';

/** Adjusted p-values as R's `p.adjust(p, method = "holm" | "BH")`; nulls (not estimated) stay null. */
export function adjustPValues(
  p: readonly (number | null)[],
  method: Adjustment,
): (number | null)[] {
  const idx = p.flatMap((v, i) => (v === null ? [] : [i]));
  const m = idx.length;
  const out: (number | null)[] = p.map(() => null);
  if (m === 0) return out;
  if (method === 'holm') {
    const order = [...idx].sort((a, b) => p[a]! - p[b]!);
    let running = 0;
    order.forEach((i, r) => {
      running = Math.max(running, Math.min(1, (m - r) * p[i]!));
      out[i] = running;
    });
  } else {
    const order = [...idx].sort((a, b) => p[b]! - p[a]!);
    let running = 1;
    order.forEach((i, r) => {
      running = Math.min(running, (m / (m - r)) * p[i]!);
      out[i] = Math.min(1, running);
    });
  }
  return out;
}
