/**
 * Survey and fidelity statistics (measures.md §4–5; `000_213603cd5354bb1f.txt`
 * pp. 30–34, 75; `004_c71e4edfbae1fa56.txt` ch. 3–4).
 */
import { studentTCdf } from './distributions.ts';
import { EstimationError } from './errors.ts';

/** A 1–5 degree-scale answer (5 = "I meget høj grad", 1 = "Slet ikke"); null = "Ved ikke" / no answer. */
export type ScaleAnswer = 1 | 2 | 3 | 4 | 5 | null;

function valid(answers: readonly ScaleAnswer[]): number[] {
  const v: number[] = [];
  answers.forEach((a, i) => {
    if (a === null) return;
    if (![1, 2, 3, 4, 5].includes(a))
      throw new EstimationError('invalid-input', `answer ${i + 1} is ${a}: expected 1–5 or null`);
    v.push(a);
  });
  if (v.length === 0)
    throw new EstimationError(
      'too-few-observations',
      'no valid answers (all "Ved ikke" or missing)',
    );
  return v;
}

/** Mean item score on 1–5 over valid answers ("Ved ikke" excluded). */
export function meanIndex(answers: readonly ScaleAnswer[]): number {
  const v = valid(answers);
  return v.reduce((s, x) => s + x, 0) / v.length;
}

/**
 * Top-box share among valid answers: top-2 = "I høj grad" + "I meget høj grad"
 * (4–5), top-3 adds "I nogen grad" (3–5). The two are not comparable.
 */
export function topBoxShare(answers: readonly ScaleAnswer[], boxes: 2 | 3): number {
  const v = valid(answers);
  return v.filter((x) => x > 5 - boxes).length / v.length;
}

/** Completed ÷ invited × 100, rounded to 1 decimal; partial answers are not counted. */
export function responseRate(completed: number, invited: number): number {
  if (!(invited > 0) || completed < 0 || completed > invited) {
    throw new EstimationError(
      'invalid-input',
      `response rate needs 0 ≤ completed (${completed}) ≤ invited (${invited}), invited > 0`,
    );
  }
  return Math.round((completed / invited) * 1000) / 10;
}

export interface BaselineChange {
  readonly baseline: number;
  readonly current: number;
  readonly change: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
  /** "*" when p < 0.05, as in the source figures. */
  readonly flag: '*' | '';
}

/**
 * Change in the mean index against the baseline wave, tested with Welch's
 * two-sample t test (independent cross-sections). The source does not name its
 * test; Welch is our documented choice.
 */
export function changeAgainstBaseline(
  baseline: readonly ScaleAnswer[],
  current: readonly ScaleAnswer[],
): BaselineChange {
  const a = valid(baseline);
  const b = valid(current);
  if (a.length < 2 || b.length < 2)
    throw new EstimationError('too-few-observations', 'each wave needs at least 2 valid answers');
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: number[], m: number) =>
    v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1);
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a, ma) / a.length;
  const vb = variance(b, mb) / b.length;
  if (va + vb === 0)
    throw new EstimationError(
      'no-variation',
      'all answers identical in both waves: the test is undefined',
    );
  const t = (mb - ma) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  const p = 2 * studentTCdf(-Math.abs(t), df);
  return { baseline: ma, current: mb, change: mb - ma, t, df, p, flag: p < 0.05 ? '*' : '' };
}

// ---------------------------------------------------------------------------
// Fidelity

export interface FidelityAnswer {
  readonly municipality: string;
  /** Core element (one of the six in "Flere skal med"). */
  readonly element: string;
  readonly item: string;
  readonly score: ScaleAnswer;
}

export interface MunicipalityFidelity {
  readonly municipality: string;
  /** Element → score (mean of the municipality's item means within the element). */
  readonly elements: Readonly<Record<string, number>>;
  /** Mean of the element scores (0–5). */
  readonly overall: number;
}

export interface Spread {
  readonly n: number;
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

/** Quantile by linear interpolation between order statistics (R's type 7, the default of `quantile`). */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0)
    throw new EstimationError('too-few-observations', 'quantile of an empty set');
  const s = [...values].sort((x, y) => x - y);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  return s[lo]! + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]!) - s[lo]!);
}

export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/**
 * Fidelity scores: answers are averaged within municipality and item; item
 * means are combined with equal weights into element scores; element scores
 * with equal weights into the overall score. (The source says "samvejet"
 * without weights; equal weights are our documented assumption.)
 */
export function fidelityScores(answers: readonly FidelityAnswer[]): MunicipalityFidelity[] {
  const byMuni = new Map<string, Map<string, Map<string, number[]>>>();
  for (const a of answers) {
    if (a.score === null) continue;
    const el = byMuni.get(a.municipality) ?? new Map<string, Map<string, number[]>>();
    byMuni.set(a.municipality, el);
    const items = el.get(a.element) ?? new Map<string, number[]>();
    el.set(a.element, items);
    const v = items.get(a.item) ?? [];
    items.set(a.item, v);
    v.push(a.score);
  }
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  return [...byMuni.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([municipality, els]) => {
      const elements: Record<string, number> = {};
      for (const [element, items] of els) elements[element] = mean([...items.values()].map(mean));
      return { municipality, elements, overall: mean(Object.values(elements)) };
    });
}

/** Median and spread across municipalities of the overall score and of each element. */
export function fidelitySummary(scores: readonly MunicipalityFidelity[]): {
  overall: Spread;
  elements: Record<string, Spread>;
} {
  const elements: Record<string, Spread> = {};
  const names = new Set(scores.flatMap((s) => Object.keys(s.elements)));
  for (const e of names) {
    elements[e] = spread(scores.flatMap((s) => (e in s.elements ? [s.elements[e]!] : [])));
  }
  return { overall: spread(scores.map((s) => s.overall)), elements };
}

/** Share of minimum requirements met: yes ÷ (yes + no). */
export function complianceShare(yes: number, no: number): number {
  if (yes + no === 0) throw new EstimationError('too-few-observations', 'no yes/no answers');
  return yes / (yes + no);
}
