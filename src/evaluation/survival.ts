/**
 * Survival analysis: Kaplan–Meier with Greenwood standard errors, the log-rank
 * test, and the Cox proportional-hazards model (Breslow or Efron ties,
 * counting-process (start, stop] data, cluster-robust sandwich variance as
 * R's `coxph(..., cluster = id)`), plus episode splitting for effects that
 * differ between weeks 1–8 and week 9 onwards (the fleksjob evaluation,
 * `003_d6b7464b3e65af46.txt` ch. 5, Model 2).
 */

import { factorize, type Grouping, type NamedColumn } from './design.ts';
import { chiSquareSurvival, criticalValue, standardNormalQuantile } from './distributions.ts';
import { EstimationError } from './errors.ts';
import { invertSpd, sandwich, symmetrizeLower } from './linalg.ts';
import { type Coefficient, coefficientTable } from './summary.ts';

function checkSurvivalData(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  start?: ArrayLike<number>,
): void {
  if (event.length !== time.length)
    throw new EstimationError(
      'invalid-input',
      `event has ${event.length} values, time has ${time.length}`,
    );
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (!Number.isFinite(t) || t < 0)
      throw new EstimationError(
        'invalid-input',
        `time in row ${i + 1} is ${t}: must be a number ≥ 0`,
      );
    const e = event[i];
    if (e !== 0 && e !== 1)
      throw new EstimationError('invalid-input', `event must be 0 or 1, row ${i + 1} has ${e}`);
    if (start) {
      const s = start[i]!;
      if (!Number.isFinite(s) || s >= t)
        throw new EstimationError(
          'invalid-input',
          `start in row ${i + 1} (${s}) must be a number below the stop time (${t})`,
        );
    }
  }
}

// ---------------------------------------------------------------------------
// Kaplan–Meier

export type ConfType = 'log' | 'log-log' | 'plain';

export interface KmStep {
  readonly time: number;
  readonly nRisk: number;
  readonly nEvent: number;
  readonly nCensor: number;
  readonly survival: number;
  /** Greenwood standard error of the survival estimate: S·sqrt(Σ d/(n(n − d))). */
  readonly stdErr: number;
  /** Confidence limits; null where undefined (S = 0, or S = 1 on the log-log scale), as R's NA. */
  readonly lower: number | null;
  readonly upper: number | null;
}

export interface KmCurve {
  readonly group: string;
  readonly n: number;
  readonly events: number;
  /** Rows at each distinct observed time (events or censorings), as `summary(survfit, censored = TRUE)`. */
  readonly steps: KmStep[];
  /** Smallest time with S ≤ 0.5 (midpoint of a flat stretch at exactly 0.5, as R); null if not reached. */
  readonly median: number | null;
}

export function kaplanMeier(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  options: { group?: ArrayLike<string | number>; level?: number; confType?: ConfType } = {},
): KmCurve[] {
  checkSurvivalData(time, event);
  const level = options.level ?? 0.95;
  const z = standardNormalQuantile(1 - (1 - level) / 2);
  const confType = options.confType ?? 'log';
  const labels = options.group
    ? Array.from(options.group, String)
    : Array.from({ length: time.length }, () => 'all');
  const groups = [...new Set(labels)].sort();
  return groups.map((g) => {
    const idx: number[] = [];
    for (let i = 0; i < labels.length; i++) if (labels[i] === g) idx.push(i);
    idx.sort((a, b) => time[a]! - time[b]!);
    let nRisk = idx.length;
    let s = 1;
    let gw = 0;
    let events = 0;
    const steps: KmStep[] = [];
    for (let p = 0; p < idx.length; ) {
      const t = time[idx[p]!]!;
      let d = 0;
      let c = 0;
      while (p < idx.length && time[idx[p]!] === t) {
        if (event[idx[p]!] === 1) d++;
        else c++;
        p++;
      }
      if (d > 0) {
        s *= 1 - d / nRisk;
        gw += nRisk > d ? d / (nRisk * (nRisk - d)) : Infinity;
      }
      events += d;
      const sd = Math.sqrt(gw);
      let lower: number | null = null;
      let upper: number | null = null;
      if (s > 0 && Number.isFinite(sd)) {
        if (confType === 'log') {
          lower = s * Math.exp(-z * sd);
          upper = Math.min(1, s * Math.exp(z * sd));
        } else if (confType === 'plain') {
          lower = Math.max(0, s - z * sd * s);
          upper = Math.min(1, s + z * sd * s);
        } else if (s < 1) {
          const ll = Math.log(-Math.log(s));
          const w = (z * sd) / Math.log(s);
          lower = Math.exp(-Math.exp(ll - w));
          upper = Math.exp(-Math.exp(ll + w));
        }
      }
      steps.push({
        time: t,
        nRisk,
        nEvent: d,
        nCensor: c,
        survival: s,
        stdErr: s > 0 ? s * sd : 0,
        lower,
        upper,
      });
      nRisk -= d + c;
    }
    let median: number | null = null;
    for (let j = 0; j < steps.length; j++) {
      const st = steps[j]!;
      if (st.nEvent === 0) continue;
      if (Math.abs(st.survival - 0.5) < 1e-12) {
        const next = steps.slice(j + 1).find((x) => x.nEvent > 0);
        median = next ? (st.time + next.time) / 2 : st.time;
        break;
      }
      if (st.survival < 0.5) {
        median = st.time;
        break;
      }
    }
    return { group: g, n: idx.length, events, steps, median };
  });
}

// ---------------------------------------------------------------------------
// Log-rank test

export interface LogRankResult {
  readonly groups: readonly string[];
  readonly observed: readonly number[];
  readonly expected: readonly number[];
  readonly chiSquare: number;
  readonly df: number;
  readonly p: number;
}

/** The log-rank (Mantel–Haenszel) test of equal survival across groups, as R's `survdiff(rho = 0)`. */
export function logRankTest(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  group: ArrayLike<string | number>,
): LogRankResult {
  checkSurvivalData(time, event);
  const labels = Array.from(group, String);
  const groups = [...new Set(labels)].sort();
  const G = groups.length;
  if (G < 2)
    throw new EstimationError('no-variation', 'the log-rank test needs at least two groups');
  const gi = new Map(groups.map((g, i) => [g, i]));
  const code = Int32Array.from(labels, (l) => gi.get(l)!);
  const order = Array.from({ length: time.length }, (_, i) => i).sort(
    (a, b) => time[a]! - time[b]!,
  );
  const atRisk = new Float64Array(G);
  for (let i = 0; i < code.length; i++) atRisk[code[i]!]!++;
  const O = new Float64Array(G);
  const E = new Float64Array(G);
  const V = new Float64Array(G * G);
  const dg = new Float64Array(G);
  const leave = new Float64Array(G);
  for (let p = 0; p < order.length; ) {
    const t = time[order[p]!]!;
    dg.fill(0);
    leave.fill(0);
    let d = 0;
    while (p < order.length && time[order[p]!] === t) {
      const i = order[p]!;
      if (event[i] === 1) {
        dg[code[i]!]!++;
        d++;
      }
      leave[code[i]!]!++;
      p++;
    }
    let nt = 0;
    for (let g = 0; g < G; g++) nt += atRisk[g]!;
    if (d > 0) {
      for (let g = 0; g < G; g++) {
        O[g]! += dg[g]!;
        E[g]! += (d * atRisk[g]!) / nt;
      }
      if (nt > 1) {
        // Hypergeometric covariance: V_gh += f·n_g(δ_gh·n − n_h). Each off-diagonal
        // entry is computed once and written to both halves, so V is symmetric by
        // construction (computing the mirror separately differs in the last bit,
        // which made the Cholesky of 3+ groups refuse the matrix).
        const f = (d * (nt - d)) / (nt * nt * (nt - 1));
        for (let g = 0; g < G; g++) {
          const fg = f * atRisk[g]!;
          V[g * G + g]! += fg * (nt - atRisk[g]!);
          for (let h = g + 1; h < G; h++) {
            const v = fg * atRisk[h]!;
            V[g * G + h]! -= v;
            V[h * G + g]! -= v;
          }
        }
      }
    }
    for (let g = 0; g < G; g++) atRisk[g]! -= leave[g]!;
  }
  let totalEvents = 0;
  for (let g = 0; g < G; g++) totalEvents += O[g]!;
  if (totalEvents === 0)
    throw new EstimationError('no-events', 'no events: the log-rank test is undefined');
  const m = G - 1;
  const sub = new Float64Array(m * m);
  for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) sub[a * m + b] = V[a * G + b]!;
  const inv = invertSpd(sub, m, groups);
  let chi = 0;
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) chi += (O[a]! - E[a]!) * inv[a * m + b]! * (O[b]! - E[b]!);
  return {
    groups,
    observed: Array.from(O),
    expected: Array.from(E),
    chiSquare: chi,
    df: m,
    p: chiSquareSurvival(chi, m),
  };
}

// ---------------------------------------------------------------------------
// Cox proportional hazards

export type Ties = 'breslow' | 'efron';

export interface CoxInput {
  /** Exit (stop) time per row. */
  readonly time: ArrayLike<number>;
  readonly event: ArrayLike<number>;
  /** Entry time for counting-process (start, stop] rows; default 0 for all. */
  readonly start?: ArrayLike<number>;
  readonly covariates: readonly NamedColumn[];
  readonly ties?: Ties;
  /** Cluster (person/municipality) labels: robust sandwich variance summed within clusters. */
  readonly cluster?: Grouping | ArrayLike<string | number>;
  /** Robust variance with every row its own cluster when no cluster is given (R's robust = TRUE). */
  readonly robust?: boolean;
  readonly level?: number;
  readonly maxIterations?: number;
}

export interface CoxCoefficient extends Coefficient {
  readonly hazardRatio: number;
  readonly hazardRatioCi: readonly [number, number];
  /** Model-based (inverse information) standard error. */
  readonly naiveSe: number;
}

export interface CoxResult {
  readonly coefficients: CoxCoefficient[];
  readonly beta: Float64Array;
  readonly vcov: Float64Array;
  readonly naiveVcov: Float64Array;
  readonly logLik: number;
  readonly logLikNull: number;
  readonly iterations: number;
  readonly n: number;
  readonly events: number;
  readonly nClusters: number | null;
  readonly ties: Ties;
  readonly robust: boolean;
}

interface CoxData {
  n: number;
  k: number;
  /** Centred covariates, row-major. */
  x: Float64Array;
  start: Float64Array;
  stop: Float64Array;
  event: Uint8Array;
  /** Rows by stop time descending; events before censorings at equal times is irrelevant here. */
  byStop: Int32Array;
  byStart: Int32Array;
  /** Distinct event times, descending. */
  eventTimes: Float64Array;
}

function prepare(input: CoxInput): CoxData {
  const n = input.time.length;
  checkSurvivalData(input.time, input.event, input.start);
  const k = input.covariates.length;
  if (k === 0)
    throw new EstimationError('invalid-input', 'the Cox model needs at least one covariate');
  const x = new Float64Array(n * k);
  input.covariates.forEach((c, j) => {
    if (c.values.length !== n)
      throw new EstimationError(
        'invalid-input',
        `column "${c.name}" has ${c.values.length} values, expected ${n}`,
      );
    let mean = 0;
    for (let i = 0; i < n; i++) {
      const v = c.values[i]!;
      if (!Number.isFinite(v))
        throw new EstimationError(
          'invalid-input',
          `column "${c.name}" has a missing or non-numeric value in row ${i + 1}`,
        );
      mean += v / n;
    }
    let constant = true;
    for (let i = 1; i < n && constant; i++) constant = c.values[i] === c.values[0];
    if (constant)
      throw new EstimationError(
        'no-variation',
        `covariate "${c.name}" is constant (every row is ${c.values[0]}), so its hazard ratio is not identified`,
      );
    for (let i = 0; i < n; i++) x[i * k + j] = c.values[i]! - mean;
  });
  const stop = Float64Array.from(input.time);
  const start = input.start ? Float64Array.from(input.start) : new Float64Array(n);
  const event = Uint8Array.from(input.event);
  const byStop = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => stop[b]! - stop[a]! || a - b,
  );
  const byStart = Int32Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => start[b]! - start[a]! || a - b,
  );
  const times: number[] = [];
  for (const i of byStop) {
    if (event[i] === 1 && (times.length === 0 || times[times.length - 1] !== stop[i]))
      times.push(stop[i]!);
  }
  if (times.length === 0) {
    throw new EstimationError(
      'no-events',
      'no events: the Cox partial likelihood is constant, so no effect can be estimated',
    );
  }
  return { n, k, x, start, stop, event, byStop, byStart, eventTimes: Float64Array.from(times) };
}

interface EventTimeStats {
  time: number;
  d: number;
  /** Σ_l 1/den_l */
  haz: number;
  /** Σ_l xbar_l/den_l */
  xhaz: Float64Array;
  /** Σ_l (l/d)/den_l */
  a1: number;
  /** Σ_l (l/d) xbar_l/den_l */
  a2: Float64Array;
  /** Σ_l xbar_l / d */
  xbarMean: Float64Array;
}

/**
 * One pass over the event times (descending) at coefficient `beta`:
 * log partial likelihood, score and information; optionally the per-time
 * quantities needed for score residuals.
 */
function coxPass(data: CoxData, beta: Float64Array, ties: Ties, keepStats: boolean) {
  const { n, k, x, start, stop, event, byStop, byStart, eventTimes } = data;
  const r = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let a = 0; a < k; a++) e += x[i * k + a]! * beta[a]!;
    eta[i] = e;
    r[i] = Math.exp(e);
  }
  let S0 = 0;
  const S1 = new Float64Array(k);
  const S2 = new Float64Array(k * k);
  const dS1 = new Float64Array(k);
  const dS2 = new Float64Array(k * k);
  const xbar = new Float64Array(k);
  const score = new Float64Array(k);
  const info = new Float64Array(k * k);
  let loglik = 0;
  let pStop = 0;
  let pStart = 0;
  const stats: EventTimeStats[] = [];
  const efron = ties === 'efron';
  for (let e = 0; e < eventTimes.length; e++) {
    const t = eventTimes[e]!;
    let dS0 = 0;
    dS1.fill(0);
    dS2.fill(0);
    let d = 0;
    while (pStop < n && stop[byStop[pStop]!]! >= t) {
      const i = byStop[pStop++]!;
      const ri = r[i]!;
      const row = i * k;
      S0 += ri;
      const isDeath = stop[i] === t && event[i] === 1;
      if (isDeath) {
        d++;
        dS0 += ri;
        loglik += eta[i]!;
      }
      for (let a = 0; a < k; a++) {
        const xa = x[row + a]!;
        S1[a]! += ri * xa;
        if (isDeath) {
          dS1[a]! += ri * xa;
          score[a]! += xa;
        }
        for (let b = 0; b <= a; b++) {
          const v = ri * xa * x[row + b]!;
          S2[a * k + b]! += v;
          if (isDeath) dS2[a * k + b]! += v;
        }
      }
    }
    while (pStart < n && start[byStart[pStart]!]! >= t) {
      const i = byStart[pStart++]!;
      const ri = r[i]!;
      const row = i * k;
      S0 -= ri;
      for (let a = 0; a < k; a++) {
        const xa = x[row + a]!;
        S1[a]! -= ri * xa;
        for (let b = 0; b <= a; b++) S2[a * k + b]! -= ri * xa * x[row + b]!;
      }
    }
    const st: EventTimeStats | null = keepStats
      ? {
          time: t,
          d,
          haz: 0,
          xhaz: new Float64Array(k),
          a1: 0,
          a2: new Float64Array(k),
          xbarMean: new Float64Array(k),
        }
      : null;
    const reps = efron ? d : 1;
    for (let l = 0; l < reps; l++) {
      const f = efron ? l / d : 0;
      const mult = efron ? 1 : d;
      const den = S0 - f * dS0;
      loglik -= mult * Math.log(den);
      for (let a = 0; a < k; a++) {
        xbar[a] = (S1[a]! - f * dS1[a]!) / den;
        score[a]! -= mult * xbar[a]!;
      }
      for (let a = 0; a < k; a++) {
        for (let b = 0; b <= a; b++) {
          info[a * k + b]! +=
            mult * ((S2[a * k + b]! - f * dS2[a * k + b]!) / den - xbar[a]! * xbar[b]!);
        }
      }
      if (st) {
        st.haz += mult / den;
        st.a1 += (f * mult) / den;
        for (let a = 0; a < k; a++) {
          st.xhaz[a]! += (mult * xbar[a]!) / den;
          st.a2[a]! += (f * mult * xbar[a]!) / den;
          st.xbarMean[a]! += (mult * xbar[a]!) / d;
        }
      }
    }
    if (st) stats.push(st);
  }
  symmetrizeLower(info, k);
  return { loglik, score, info, r, stats };
}

/** Largest per-unit |β·sd(x)| accepted before declaring a monotone likelihood (infinite coefficient). */
const MONOTONE_LIMIT = 25;

function monotone(name: string): EstimationError {
  return new EstimationError(
    'separation',
    `monotone partial likelihood: the coefficient of "${name}" diverges to ±∞ (e.g. every event is in one of its groups), so no finite hazard ratio exists`,
  );
}

/** The covariate whose coefficient has moved furthest in SD units (the one running away). */
function divergingCoefficient(data: CoxData, beta: Float64Array): number {
  let best = 0;
  let bestSize = -1;
  for (let a = 0; a < data.k; a++) {
    let ss = 0;
    for (let i = 0; i < data.n; i++) ss += data.x[i * data.k + a]! ** 2;
    const size = Math.abs(beta[a]!) * Math.sqrt(ss / data.n);
    if (size > bestSize) {
      bestSize = size;
      best = a;
    }
  }
  return best;
}

export function cox(input: CoxInput): CoxResult {
  const data = prepare(input);
  const ties = input.ties ?? 'efron';
  const names = input.covariates.map((c) => c.name);
  const { k, n } = data;
  const maxIt = input.maxIterations ?? 50;
  let beta = new Float64Array(k);
  let pass = coxPass(data, beta, ties, false);
  const logLikNull = pass.loglik;
  let iterations = 0;
  let converged = false;
  for (let it = 1; it <= maxIt; it++) {
    iterations = it;
    let inv: Float64Array;
    try {
      inv = invertSpd(pass.info, k, names);
    } catch (error) {
      // Singular information away from β = 0 means the likelihood is flat in a diverging direction.
      if (it === 1 || !(error instanceof EstimationError)) throw error;
      throw monotone(names[divergingCoefficient(data, beta)]!);
    }
    const step = new Float64Array(k);
    for (let a = 0; a < k; a++)
      for (let b = 0; b < k; b++) step[a]! += inv[a * k + b]! * pass.score[b]!;
    let candidate = beta.map((b, a) => b + step[a]!);
    let next = coxPass(data, candidate, ties, false);
    // Step halving when the partial likelihood does not increase (as R's coxph).
    let halvings = 0;
    while (!(next.loglik >= pass.loglik - 1e-12 * Math.abs(pass.loglik)) && halvings < 30) {
      halvings++;
      for (let a = 0; a < k; a++) step[a]! /= 2;
      candidate = beta.map((b, a) => b + step[a]!);
      next = coxPass(data, candidate, ties, false);
    }
    const change = Math.abs(next.loglik - pass.loglik);
    beta = candidate;
    pass = next;
    let maxStep = 0;
    for (let a = 0; a < k; a++) maxStep = Math.max(maxStep, Math.abs(step[a]!));
    if (change <= 1e-13 * Math.abs(pass.loglik) && maxStep < 1e-9) {
      converged = true;
      break;
    }
  }
  for (let a = 0; a < k; a++) {
    let ss = 0;
    for (let i = 0; i < n; i++) ss += data.x[i * k + a]! ** 2;
    const sd = Math.sqrt(ss / n);
    if (Math.abs(beta[a]! * sd) > MONOTONE_LIMIT) {
      throw monotone(names[a]!);
    }
  }
  if (!converged)
    throw new EstimationError('not-converged', `Cox model did not converge in ${maxIt} iterations`);

  const final = coxPass(data, beta, ties, true);
  const naiveVcov = invertSpd(final.info, k, names);
  let vcov = naiveVcov;
  let nClusters: number | null = null;
  const robust = input.robust === true || input.cluster !== undefined;
  if (robust) {
    const resid = scoreResiduals(data, final.r, final.stats);
    const grouping: Grouping = input.cluster
      ? 'codes' in (input.cluster as Grouping)
        ? (input.cluster as Grouping)
        : factorize(input.cluster as ArrayLike<string | number>)
      : { codes: Int32Array.from({ length: n }, (_, i) => i), nGroups: n };
    if (grouping.codes.length !== n)
      throw new EstimationError(
        'invalid-input',
        `cluster has ${grouping.codes.length} values, expected ${n}`,
      );
    nClusters = grouping.nGroups;
    if (input.cluster && nClusters < 2)
      throw new EstimationError(
        'single-cluster',
        'cluster-robust standard errors need at least 2 clusters, got 1',
      );
    const sums = new Float64Array(grouping.nGroups * k);
    for (let i = 0; i < n; i++) {
      const g = grouping.codes[i]!;
      for (let a = 0; a < k; a++) sums[g * k + a]! += resid[i * k + a]!;
    }
    const meat = new Float64Array(k * k);
    for (let g = 0; g < grouping.nGroups; g++) {
      for (let a = 0; a < k; a++) {
        const ua = sums[g * k + a]!;
        for (let b = 0; b <= a; b++) meat[a * k + b]! += ua * sums[g * k + b]!;
      }
    }
    symmetrizeLower(meat, k);
    vcov = sandwich(naiveVcov, meat, k);
  }
  const level = input.level ?? 0.95;
  const table = coefficientTable(names, beta, vcov, { kind: 'normal' }, level);
  const z = criticalValue(level, { kind: 'normal' });
  const coefficients: CoxCoefficient[] = table.map((c, a) => ({
    ...c,
    hazardRatio: Math.exp(c.estimate),
    hazardRatioCi: [Math.exp(c.estimate - z * c.se), Math.exp(c.estimate + z * c.se)],
    naiveSe: Math.sqrt(naiveVcov[a * k + a]!),
  }));
  let events = 0;
  for (let i = 0; i < n; i++) events += data.event[i]!;
  return {
    coefficients,
    beta,
    vcov,
    naiveVcov,
    logLik: final.loglik,
    logLikNull,
    iterations,
    n,
    events,
    nClusters,
    ties,
    robust,
  };
}

/** Score residuals (n × k, row-major) via cumulative hazard sums over the event times. */
function scoreResiduals(data: CoxData, r: Float64Array, statsDesc: EventTimeStats[]): Float64Array {
  const { n, k, x, start, stop, event } = data;
  const stats = [...statsDesc].reverse();
  const m = stats.length;
  const times = Float64Array.from(stats, (s) => s.time);
  // cumH[j] = Σ_{q<j} haz_q (prefix sums with a leading 0).
  const cumH = new Float64Array(m + 1);
  const cumA = new Float64Array((m + 1) * k);
  for (let j = 0; j < m; j++) {
    cumH[j + 1] = cumH[j]! + stats[j]!.haz;
    for (let a = 0; a < k; a++) cumA[(j + 1) * k + a] = cumA[j * k + a]! + stats[j]!.xhaz[a]!;
  }
  /** Number of event times ≤ t. */
  const upTo = (t: number) => {
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const out = new Float64Array(n * k);
  for (let i = 0; i < n; i++) {
    const hi = upTo(stop[i]!);
    const lo = upTo(start[i]!);
    const ri = r[i]!;
    const dh = cumH[hi]! - cumH[lo]!;
    for (let a = 0; a < k; a++) {
      const xa = x[i * k + a]!;
      out[i * k + a] = -ri * (xa * dh - (cumA[hi * k + a]! - cumA[lo * k + a]!));
    }
    if (event[i] === 1) {
      const st = stats[hi - 1]!;
      for (let a = 0; a < k; a++) {
        const xa = x[i * k + a]!;
        out[i * k + a]! += xa - st.xbarMean[a]! + ri * (xa * st.a1 - st.a2[a]!);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Episode splitting for split-time effects

export interface SplitRows {
  readonly start: Float64Array;
  readonly stop: Float64Array;
  readonly event: Uint8Array;
  /** Episode number 1..cuts.length+1. */
  readonly episode: Int32Array;
  /** Index of the original row. */
  readonly row: Int32Array;
}

/**
 * Splits each spell at the cut points (as R's `survSplit`): with cut 8 a spell
 * of 20 weeks becomes (0, 8] (episode 1, no event) and (8, 20] (episode 2,
 * the original event).
 */
export function splitEpisodes(
  time: ArrayLike<number>,
  event: ArrayLike<number>,
  cuts: readonly number[],
): SplitRows {
  checkSurvivalData(time, event);
  const sorted = [...cuts].sort((a, b) => a - b);
  const start: number[] = [];
  const stop: number[] = [];
  const ev: number[] = [];
  const ep: number[] = [];
  const row: number[] = [];
  for (let i = 0; i < time.length; i++) {
    let lo = 0;
    let episode = 1;
    for (const c of sorted) {
      if (c <= lo) {
        episode++;
        continue;
      }
      if (time[i]! <= c) break;
      start.push(lo);
      stop.push(c);
      ev.push(0);
      ep.push(episode);
      row.push(i);
      lo = c;
      episode++;
    }
    start.push(lo);
    stop.push(time[i]!);
    ev.push(event[i]!);
    ep.push(episode);
    row.push(i);
  }
  return {
    start: Float64Array.from(start),
    stop: Float64Array.from(stop),
    event: Uint8Array.from(ev),
    episode: Int32Array.from(ep),
    row: Int32Array.from(row),
  };
}

/**
 * Cox model with a split-time effect of `effect` (e.g. the participant
 * indicator): one coefficient for weeks 1..cut and one from week cut+1 on,
 * the other covariates constant over time, clustered by `cluster` (or by the
 * original spell when not given) as in the fleksjob evaluation's Model 2.
 */
export function coxSplitEffect(input: {
  time: ArrayLike<number>;
  event: ArrayLike<number>;
  effect: NamedColumn;
  covariates?: readonly NamedColumn[];
  cut?: number;
  cluster?: ArrayLike<string | number>;
  ties?: Ties;
  level?: number;
}): CoxResult {
  const cut = input.cut ?? 8;
  const split = splitEpisodes(input.time, input.event, [cut]);
  const early = Float64Array.from(split.row, (i, j) =>
    split.episode[j] === 1 ? input.effect.values[i]! : 0,
  );
  const late = Float64Array.from(split.row, (i, j) =>
    split.episode[j] === 2 ? input.effect.values[i]! : 0,
  );
  const covariates = [
    { name: `${input.effect.name}:weeks1-${cut}`, values: early },
    { name: `${input.effect.name}:week${cut + 1}+`, values: late },
    ...(input.covariates ?? []).map((c) => ({
      name: c.name,
      values: Float64Array.from(split.row, (i) => c.values[i]!),
    })),
  ];
  const cluster = input.cluster
    ? Array.from(split.row, (i) => input.cluster![i]!)
    : Int32Array.from(split.row);
  return cox({
    time: split.stop,
    start: split.start,
    event: split.event,
    covariates,
    ties: input.ties,
    cluster,
    level: input.level,
  });
}
