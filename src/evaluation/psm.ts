/**
 * Propensity scores: estimation by logistic regression, greedy nearest-neighbour
 * matching on the score with an optional caliper (with or without
 * replacement), inverse-probability weights, and a balance table of
 * standardised mean differences before and after. Conventions follow R's
 * MatchIt 4 (`method = "nearest"`, `distance = "glm"`, `estimand = "ATT"`):
 * treated units are matched in descending order of the score (`m.order =
 * "largest"`), the caliper is in standard deviations of the score
 * (`std.caliper = TRUE`), matched controls get weight (Σ 1/ratio) rescaled to sum
 * to the number of matched controls, and standardised mean differences divide
 * by the treated group's standard deviation in the full sample (ATT) or the
 * pooled sqrt((s²_t + s²_c)/2) (ATE).
 */

import { buildDesign, type Design, type NamedColumn } from './design.ts';
import { EstimationError } from './errors.ts';
import { type LogitResult, logit } from './logit.ts';
import { type OlsResult, ols } from './ols.ts';
import type { Coefficient } from './summary.ts';

export function checkTreatment(treated: ArrayLike<number>): { nTreated: number; nControl: number } {
  let nTreated = 0;
  for (let i = 0; i < treated.length; i++) {
    const t = treated[i];
    if (t !== 0 && t !== 1)
      throw new EstimationError('invalid-input', `treatment must be 0 or 1, row ${i + 1} has ${t}`);
    nTreated += t;
  }
  const nControl = treated.length - nTreated;
  if (nTreated === 0 || nControl === 0) {
    throw new EstimationError(
      'no-variation',
      nControl === 0 ? 'all units are treated: there is no comparison group' : 'no unit is treated',
    );
  }
  return { nTreated, nControl };
}

export interface PropensityModel {
  readonly model: LogitResult;
  /** Estimated P(treated | x). */
  readonly score: Float64Array;
}

export function propensityScores(
  covariates: readonly NamedColumn[],
  treated: ArrayLike<number>,
): PropensityModel {
  checkTreatment(treated);
  const model = logit(buildDesign(covariates), treated);
  return { model, score: model.fitted };
}

export interface MatchOptions {
  /** Caliper in standard deviations of the score (MatchIt's std.caliper = TRUE); none by default. */
  readonly caliper?: number;
  readonly replace?: boolean;
  /** Controls per treated unit (k:1 matching), default 1. */
  readonly ratio?: number;
  /** Order in which treated units pick: "largest" score first (MatchIt default) or data order. */
  readonly order?: 'largest' | 'smallest' | 'data';
}

export interface MatchResult {
  /** For each treated unit (row index) the matched control row indices; unmatched treated are absent. */
  readonly pairs: ReadonlyMap<number, readonly number[]>;
  /** Matching weights per row (0 = not in the matched sample). */
  readonly weights: Float64Array;
  /** Pair/subclass id per row (−1 = not matched; with replacement a control keeps its first subclass). */
  readonly subclass: Int32Array;
  readonly nMatchedTreated: number;
  readonly nMatchedControls: number;
  readonly nUnmatchedTreated: number;
  /** The caliper on the score scale (null without caliper). */
  readonly caliperWidth: number | null;
}

function sampleSd(v: ArrayLike<number>, select?: (i: number) => boolean): number {
  let n = 0;
  let s = 0;
  for (let i = 0; i < v.length; i++)
    if (!select || select(i)) {
      n++;
      s += v[i]!;
    }
  const m = s / n;
  let ss = 0;
  for (let i = 0; i < v.length; i++) if (!select || select(i)) ss += (v[i]! - m) ** 2;
  return Math.sqrt(ss / (n - 1));
}

/** Greedy nearest-neighbour matching on a distance (normally the propensity score). */
export function nearestNeighbourMatch(
  score: ArrayLike<number>,
  treated: ArrayLike<number>,
  options: MatchOptions = {},
): MatchResult {
  checkTreatment(treated);
  const n = score.length;
  const ratio = options.ratio ?? 1;
  if (!Number.isInteger(ratio) || ratio < 1)
    throw new EstimationError('invalid-input', `ratio must be a positive integer, got ${ratio}`);
  const replace = options.replace ?? false;
  const caliperWidth = options.caliper === undefined ? null : options.caliper * sampleSd(score);
  const tIdx: number[] = [];
  const cIdx: number[] = [];
  for (let i = 0; i < n; i++) (treated[i] === 1 ? tIdx : cIdx).push(i);
  const order = options.order ?? 'largest';
  if (order !== 'data') {
    const sign = order === 'largest' ? -1 : 1;
    tIdx.sort((a, b) => sign * (score[a]! - score[b]!) || a - b);
  }
  // Controls sorted by score, so the nearest available is found by scanning outwards.
  const controls = [...cIdx].sort((a, b) => score[a]! - score[b]! || a - b);
  const cScore = Float64Array.from(controls, (i) => score[i]!);
  const used = new Uint8Array(controls.length);
  const pairs = new Map<number, number[]>();
  const weights = new Float64Array(n);
  const subclass = new Int32Array(n).fill(-1);
  let nextSubclass = 0;
  for (const t of tIdx) {
    const st = score[t]!;
    // Binary search for the insertion point.
    let lo = 0;
    let hi = cScore.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cScore[mid]! < st) lo = mid + 1;
      else hi = mid;
    }
    const chosen: number[] = [];
    let left = lo - 1;
    let right = lo;
    const taken = new Set<number>();
    while (chosen.length < ratio) {
      while (left >= 0 && ((!replace && used[left]) || taken.has(left))) left--;
      while (right < cScore.length && ((!replace && used[right]) || taken.has(right))) right++;
      const dl = left >= 0 ? st - cScore[left]! : Infinity;
      const dr = right < cScore.length ? cScore[right]! - st : Infinity;
      if (dl === Infinity && dr === Infinity) break;
      // Equal distances: the control earlier in the data wins.
      const pickLeft = dl < dr || (dl === dr && controls[left]! < controls[right]!);
      const pos = pickLeft ? left : right;
      const d = pickLeft ? dl : dr;
      if (caliperWidth !== null && d > caliperWidth) break;
      taken.add(pos);
      chosen.push(pos);
    }
    if (chosen.length === 0) continue;
    const sc = nextSubclass++;
    weights[t] = 1;
    subclass[t] = sc;
    const rows: number[] = [];
    for (const pos of chosen) {
      if (!replace) used[pos] = 1;
      const c = controls[pos]!;
      weights[c]! += 1 / chosen.length;
      if (subclass[c] === -1) subclass[c] = sc;
      rows.push(c);
    }
    pairs.set(t, rows);
  }
  if (pairs.size === 0) {
    throw new EstimationError('no-matches', 'no treated unit found a control within the caliper');
  }
  let wSum = 0;
  let nMatchedControls = 0;
  for (const c of cIdx)
    if (weights[c]! > 0) {
      wSum += weights[c]!;
      nMatchedControls++;
    }
  for (const c of cIdx) if (weights[c]! > 0) weights[c] = (weights[c]! * nMatchedControls) / wSum;
  return {
    pairs,
    weights,
    subclass,
    nMatchedTreated: pairs.size,
    nMatchedControls,
    nUnmatchedTreated: tIdx.length - pairs.size,
    caliperWidth,
  };
}

export type Estimand = 'ATT' | 'ATE';

/** Inverse-probability weights: ATE 1/e (treated), 1/(1−e) (controls); ATT 1 (treated), e/(1−e) (controls). */
export function ipwWeights(
  score: ArrayLike<number>,
  treated: ArrayLike<number>,
  estimand: Estimand,
): Float64Array {
  checkTreatment(treated);
  const w = new Float64Array(score.length);
  for (let i = 0; i < score.length; i++) {
    const e = score[i]!;
    if (!(e > 0 && e < 1)) {
      throw new EstimationError(
        'invalid-input',
        `propensity score in row ${i + 1} is ${e}, outside (0, 1)`,
      );
    }
    if (estimand === 'ATE') w[i] = treated[i] === 1 ? 1 / e : 1 / (1 - e);
    else w[i] = treated[i] === 1 ? 1 : e / (1 - e);
  }
  return w;
}

export interface BalanceRow {
  readonly name: string;
  readonly binary: boolean;
  readonly meanTreatedBefore: number;
  readonly meanControlBefore: number;
  readonly smdBefore: number;
  readonly meanTreatedAfter: number;
  readonly meanControlAfter: number;
  readonly smdAfter: number;
  /** Variance ratio treated/control after weighting (null for binary covariates, as MatchIt). */
  readonly varianceRatioAfter: number | null;
}

function weightedMoments(
  v: ArrayLike<number>,
  w: ArrayLike<number> | null,
  treated: ArrayLike<number>,
  group: number,
) {
  let sw = 0;
  let s = 0;
  let sw2 = 0;
  for (let i = 0; i < v.length; i++) {
    if (treated[i] !== group) continue;
    const wi = w ? w[i]! : 1;
    sw += wi;
    sw2 += wi * wi;
    s += wi * v[i]!;
  }
  const mean = s / sw;
  let ss = 0;
  for (let i = 0; i < v.length; i++) {
    if (treated[i] !== group) continue;
    const wi = w ? w[i]! : 1;
    ss += wi * (v[i]! - mean) ** 2;
  }
  // Unbiased weighted variance with normalised weights (as MatchIt's/cobalt's col_w_var).
  const variance = (sw / (sw * sw - sw2)) * ss;
  return { mean, variance };
}

/**
 * Balance table: means and standardised mean differences before (unweighted)
 * and after (with the matching or IP weights). The denominator is always taken
 * from the unweighted full sample: the treated SD for ATT, the pooled
 * sqrt((s²_t + s²_c)/2) for ATE; for a binary covariate the variance is
 * p(1 − p) of the group (MatchIt 4's `bin.var` rule).
 */
export function balanceTable(
  covariates: readonly NamedColumn[],
  treated: ArrayLike<number>,
  weights: ArrayLike<number>,
  estimand: Estimand = 'ATT',
): BalanceRow[] {
  checkTreatment(treated);
  return covariates.map(({ name, values }) => {
    let binary = true;
    for (let i = 0; i < values.length && binary; i++)
      if (values[i] !== 0 && values[i] !== 1) binary = false;
    const t0 = weightedMoments(values, null, treated, 1);
    const c0 = weightedMoments(values, null, treated, 0);
    const t1 = weightedMoments(values, weights, treated, 1);
    const c1 = weightedMoments(values, weights, treated, 0);
    const varT = binary ? t0.mean * (1 - t0.mean) : t0.variance;
    const varC = binary ? c0.mean * (1 - c0.mean) : c0.variance;
    const denom = Math.sqrt(estimand === 'ATT' ? varT : (varT + varC) / 2);
    const smd = (d: number) => (denom > 0 ? d / denom : d === 0 ? 0 : Math.sign(d) * Infinity);
    return {
      name,
      binary,
      meanTreatedBefore: t0.mean,
      meanControlBefore: c0.mean,
      smdBefore: smd(t0.mean - c0.mean),
      meanTreatedAfter: t1.mean,
      meanControlAfter: c1.mean,
      smdAfter: smd(t1.mean - c1.mean),
      varianceRatioAfter: binary || c1.variance === 0 ? null : t1.variance / c1.variance,
    };
  });
}

export interface WeightedEffect {
  readonly effect: Coefficient;
  readonly model: OlsResult;
}

/**
 * Effect of treatment as the weighted difference in outcome means (WLS of the
 * outcome on the treatment indicator). Matching without replacement: CR1
 * standard errors clustered on the matched pair/subclass (MatchIt's
 * recommendation); with replacement or IPW: HC1 robust errors, which treat the
 * weights as fixed (they ignore the uncertainty of the estimated score).
 */
export function weightedEffect(
  outcome: ArrayLike<number>,
  treated: ArrayLike<number>,
  weights: ArrayLike<number>,
  subclass?: Int32Array,
): WeightedEffect {
  const n = outcome.length;
  let rows = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > 0) rows++;
  const idx = new Int32Array(rows);
  let r = 0;
  for (let i = 0; i < n; i++) if (weights[i]! > 0) idx[r++] = i;
  const pick = (v: ArrayLike<number>) => Float64Array.from(idx, (i) => v[i]!);
  const design: Design = buildDesign([{ name: 'treated', values: pick(treated) }]);
  const model = subclass
    ? ols(design, pick(outcome), {
        vcov: 'cluster',
        cluster: Int32Array.from(idx, (i) => subclass[i]!),
        weights: pick(weights),
      })
    : ols(design, pick(outcome), { vcov: 'hc1', weights: pick(weights) });
  return { effect: model.coefficients[1]!, model };
}
