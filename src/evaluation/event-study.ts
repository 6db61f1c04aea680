/**
 * Event study around a trial start: the outcome on treated, period dummies and
 * treated × period dummies (leads before the start, lags after), the period
 * before the start as reference, plus covariates:
 *
 *   Yᵢ = α + β·Treatedᵢ + Σ_{h≠ref} γ_h·1[hᵢ = h] + Σ_{h≠ref} δ_h·Treatedᵢ·1[hᵢ = h] + Xᵢ'θ + εᵢ
 *
 * δ_h for h < ref are the pre-period differences (zero under parallel trends);
 * their joint test is the pre-test. Each δ_h is reported with person-clustered
 * CR1 errors (as the source evaluations) and with CR2 errors by municipality and
 * Satterthwaite df (the level of assignment). Verified against R lm + sandwich
 * and clubSandwich (scripts/reference/evaluation-design.R).
 */
import { clusterSums, cr2, type WaldResult, waldTest } from './cluster-inference.ts';
import { buildDesign, type Design, factorize, type Grouping, type NamedColumn } from './design.ts';
import { EstimationError } from './errors.ts';
import { ols } from './ols.ts';

export interface EventStudyInput {
  readonly outcome: ArrayLike<number>;
  readonly treated: ArrayLike<number>;
  /** Period relative to the start (e.g. half-years: −4 … 3; 0 = the first after period). */
  readonly period: ArrayLike<number>;
  /** Reference period (default −1). */
  readonly reference?: number;
  readonly covariates?: readonly NamedColumn[];
  readonly person: Grouping | ArrayLike<string | number>;
  readonly municipality: Grouping | ArrayLike<string | number>;
  readonly level?: number;
}

export interface EventStudyPoint {
  readonly period: number;
  readonly estimate: number;
  /** Person-clustered CR1. */
  readonly person: { se: number; ci: readonly [number, number]; p: number };
  /** CR2 by municipality, Satterthwaite df. */
  readonly municipality: { se: number; ci: readonly [number, number]; p: number; df: number };
}

export interface EventStudyResult {
  readonly reference: number;
  /** One point per period, the reference included (estimate 0, no uncertainty: null). */
  readonly points: (EventStudyPoint | { period: number; estimate: 0; reference: true })[];
  readonly preTest: { person: WaldResult; municipality: WaldResult } | null;
  readonly n: number;
  readonly personClusters: number;
  readonly municipalityClusters: number;
  readonly names: readonly string[];
}

export const periodTerm = (h: number) => `cohort[${h}]`;
export const eventTerm = (h: number) => `treated×cohort[${h}]`;

/** The event-study design (names as in the R reference). */
export function eventStudyDesign(input: EventStudyInput): { design: Design; periods: number[] } {
  const n = input.outcome.length;
  const ref = input.reference ?? -1;
  const periods = [...new Set(Array.from(input.period))].sort((a, b) => a - b);
  if (!periods.includes(ref))
    throw new EstimationError('invalid-input', `no observations in the reference period ${ref}`);
  const others = periods.filter((h) => h !== ref);
  if (others.length === 0)
    throw new EstimationError('too-few-observations', 'the event study needs two or more periods');
  const dummies = (h: number, interact: boolean) => {
    const v = new Float64Array(n);
    for (let i = 0; i < n; i++)
      v[i] = input.period[i] === h ? (interact ? input.treated[i]! : 1) : 0;
    return v;
  };
  const columns: NamedColumn[] = [
    { name: 'treated', values: input.treated },
    ...others.map((h) => ({ name: periodTerm(h), values: dummies(h, false) })),
    ...others.map((h) => ({ name: eventTerm(h), values: dummies(h, true) })),
    ...(input.covariates ?? []),
  ];
  return { design: buildDesign(columns), periods };
}

export function eventStudy(input: EventStudyInput): EventStudyResult {
  const ref = input.reference ?? -1;
  const level = input.level ?? 0.95;
  const { design, periods } = eventStudyDesign(input);
  const person =
    'codes' in (input.person as object)
      ? (input.person as Grouping)
      : factorize(input.person as ArrayLike<string>);
  const municipality =
    'codes' in (input.municipality as object)
      ? (input.municipality as Grouping)
      : factorize(input.municipality as ArrayLike<string>);
  const fit = ols(design, input.outcome, { vcov: 'cluster', cluster: person, level });
  const sums = clusterSums(design, input.outcome, municipality);
  const byMunicipality = cr2(sums, level);
  const points = periods.map((h) => {
    if (h === ref) return { period: h, estimate: 0 as const, reference: true as const };
    const j = design.names.indexOf(eventTerm(h));
    const c = fit.coefficients[j]!;
    const m = byMunicipality.coefficients[j]!;
    return {
      period: h,
      estimate: c.estimate,
      person: { se: c.se, ci: c.ci, p: c.p },
      municipality: { se: m.se, ci: m.ci, p: m.p, df: m.df },
    };
  });
  const pre = periods.filter((h) => h < ref).map(eventTerm);
  const preTest =
    pre.length === 0
      ? null
      : {
          person: waldTest(fit.beta, fit.vcov, design.names, pre, fit.df),
          municipality: waldTest(
            byMunicipality.coefficients.map((c) => c.estimate),
            byMunicipality.vcov,
            design.names,
            pre,
            sums.G - 1,
          ),
        };
  return {
    reference: ref,
    points,
    preTest,
    n: fit.n,
    personClusters: fit.nClusters ?? 0,
    municipalityClusters: sums.G,
    names: design.names,
  };
}
