/**
 * Linear difference-in-differences as in the Formkrav and rehabilitation-team
 * evaluations (`000_213603cd5354bb1f.txt` pp. 44–53, 137–138; measures.md §2):
 *
 *   Yᵢ = α + β·Treatedᵢ + γ·Postᵢ + δ·(Treatedᵢ × Postᵢ) + Xᵢ'θ + εᵢ
 *
 * δ is the programme (intention-to-treat) effect of the municipality having the
 * exemption. Standard errors are cluster-robust CR1 by person (a person can
 * contribute several spells), with G − 1 degrees of freedom.
 */

import { addMonths, daysBetween } from '../calendar/index.ts';
import { buildDesign, type Grouping, type NamedColumn } from './design.ts';
import { EstimationError } from './errors.ts';
import { type OlsResult, ols, type VcovType } from './ols.ts';
import type { Coefficient } from './summary.ts';

export const DID_TERM = 'treated:post';

export interface DidInput {
  readonly outcome: ArrayLike<number>;
  /** 1 = spell in a treated (free) municipality, 0 = comparison municipality. */
  readonly treated: ArrayLike<number>;
  /** 1 = spell started in the after period, 0 = before period. */
  readonly post: ArrayLike<number>;
  readonly covariates?: readonly NamedColumn[];
  /** Person id (or other cluster) per row; required unless vcov is set otherwise. */
  readonly cluster?: Grouping | ArrayLike<string | number>;
  readonly vcov?: VcovType;
  readonly weights?: ArrayLike<number>;
  readonly level?: number;
}

export interface CellMeans {
  readonly treatedBefore: number;
  readonly treatedAfter: number;
  readonly controlBefore: number;
  readonly controlAfter: number;
  /** (treatedAfter − treatedBefore) − (controlAfter − controlBefore): the DiD without covariates. */
  readonly rawDifference: number;
  readonly counts: {
    readonly treatedBefore: number;
    readonly treatedAfter: number;
    readonly controlBefore: number;
    readonly controlAfter: number;
  };
}

export interface DidResult {
  readonly effect: Coefficient;
  readonly model: OlsResult;
  readonly cells: CellMeans;
}

function checkBinary(name: string, v: ArrayLike<number>): void {
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (x !== 0 && x !== 1) {
      throw new EstimationError(
        'invalid-input',
        `column "${name}" must be 0 or 1, row ${i + 1} has ${x}`,
      );
    }
  }
}

export function differenceInDifferences(input: DidInput): DidResult {
  const { outcome, treated, post } = input;
  checkBinary('treated', treated);
  checkBinary('post', post);
  const n = outcome.length;
  const sums = [0, 0, 0, 0];
  const counts = [0, 0, 0, 0];
  const interaction = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const cell = treated[i]! * 2 + post[i]!;
    sums[cell]! += outcome[i]!;
    counts[cell]!++;
    interaction[i] = treated[i]! * post[i]!;
  }
  const labels = ['comparison/before', 'comparison/after', 'treated/before', 'treated/after'];
  for (let c = 0; c < 4; c++) {
    if (counts[c] === 0) {
      throw new EstimationError(
        'no-variation',
        `no observations in the ${labels[c]} cell: a difference-in-differences needs all four treated × period cells`,
      );
    }
  }
  const design = buildDesign([
    { name: 'treated', values: treated },
    { name: 'post', values: post },
    { name: DID_TERM, values: interaction },
    ...(input.covariates ?? []),
  ]);
  const model = ols(design, outcome, {
    vcov: input.vcov ?? 'cluster',
    cluster: input.cluster,
    weights: input.weights,
    level: input.level,
  });
  const mean = (c: number) => sums[c]! / counts[c]!;
  const cells: CellMeans = {
    controlBefore: mean(0),
    controlAfter: mean(1),
    treatedBefore: mean(2),
    treatedAfter: mean(3),
    rawDifference: mean(3) - mean(2) - (mean(1) - mean(0)),
    counts: {
      controlBefore: counts[0]!,
      controlAfter: counts[1]!,
      treatedBefore: counts[2]!,
      treatedAfter: counts[3]!,
    },
  };
  return { effect: model.coefficients[3]!, model, cells };
}

// ---------------------------------------------------------------------------
// Cohorts, periods and outcome windows

/** A half-year start cohort, labelled as in the source ("2016,1" = Jan–Jun 2016). */
export function halfYearCohort(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!m)
    throw new EstimationError('invalid-input', `spell start "${isoDate}" is not a YYYY-MM-DD date`);
  return `${m[1]},${Number(m[2]) <= 6 ? 1 : 2}`;
}

export interface PeriodDesign {
  readonly before: readonly string[];
  /** Cohorts dropped to avoid exposure before the trial began. */
  readonly excluded: readonly string[];
  readonly after: readonly string[];
}

/** Evaluation A (Formkrav): before = 2016, 2017 H1 excluded, after = Jul 2017–Dec 2019. */
export const FORMKRAV_PERIODS: PeriodDesign = {
  before: ['2016,1', '2016,2'],
  excluded: ['2017,1'],
  after: ['2017,2', '2018,1', '2018,2', '2019,1', '2019,2'],
};

/** 'before' | 'after' for an analysed cohort, 'excluded' for the excluded window, null outside the design. */
export function periodOf(
  cohort: string,
  design: PeriodDesign = FORMKRAV_PERIODS,
): 'before' | 'after' | 'excluded' | null {
  if (design.before.includes(cohort)) return 'before';
  if (design.after.includes(cohort)) return 'after';
  if (design.excluded.includes(cohort)) return 'excluded';
  return null;
}

/** One week of register status for a person. */
export interface WeekStatus {
  /** Monday of the week, YYYY-MM-DD. */
  readonly week: string;
  /** Hours worked in the week (eIndkomst). */
  readonly hours: number;
  /** On the benefit (dagpenge) at any point in the week. */
  readonly onBenefit: boolean;
  /** Activation offer in the week, if any. */
  readonly activation?: 'virksomhedspraktik' | 'loentilskud' | 'vejledning' | null;
}

export interface WindowOutcomes {
  /** Window number 1..4 = months 1–3, 4–6, 7–9, 10–12 after the spell start. */
  readonly window: 1 | 2 | 3 | 4;
  readonly employed: 0 | 1;
  /** Mean over weeks of min(hours / 37, 1). */
  readonly employmentDegree: number;
  readonly onBenefit: 0 | 1;
  readonly benefitDegree: number;
  readonly activation: 0 | 1;
  readonly activationDegree: number;
  readonly companyFacing: 0 | 1;
  readonly companyFacingDegree: number;
  readonly guidance: 0 | 1;
  readonly guidanceDegree: number;
  readonly weeks: number;
}

/** Full time in the employment degree: 37 hours per week (measures.md §2). */
export const FULL_TIME_HOURS = 37;

/**
 * Outcomes in the four 3-month windows after a spell start. A window is
 * computed only when it ends on or before `dataEnd` (late cohorts drop out of
 * later windows, so N falls by window); weeks are assigned to a window by
 * their Monday. Weeks missing from `weeks` count as no employment, no benefit
 * and no activation.
 */
export function windowOutcomes(
  spellStart: string,
  weeks: readonly WeekStatus[],
  dataEnd: string,
): WindowOutcomes[] {
  const out: WindowOutcomes[] = [];
  for (let w = 1 as 1 | 2 | 3 | 4; w <= 4; w = (w + 1) as 1 | 2 | 3 | 4) {
    const from = addMonths(spellStart, 3 * (w - 1), 'clamp');
    const to = addMonths(spellStart, 3 * w, 'clamp');
    if (to > dataEnd) break;
    const nWeeks = Math.round(daysBetween(from, to) / 7);
    let employed = 0;
    let degree = 0;
    let benefitWeeks = 0;
    let activationWeeks = 0;
    let companyWeeks = 0;
    let guidanceWeeks = 0;
    for (const s of weeks) {
      if (s.week < from || s.week >= to) continue;
      if (s.hours > 0) employed = 1;
      degree += Math.min(s.hours / FULL_TIME_HOURS, 1);
      if (s.onBenefit) benefitWeeks++;
      if (s.activation) activationWeeks++;
      if (s.activation === 'virksomhedspraktik' || s.activation === 'loentilskud') companyWeeks++;
      if (s.activation === 'vejledning') guidanceWeeks++;
    }
    const share = (k: number) => Math.min(k / nWeeks, 1);
    out.push({
      window: w,
      employed: employed as 0 | 1,
      employmentDegree: Math.min(degree / nWeeks, 1),
      onBenefit: benefitWeeks > 0 ? 1 : 0,
      benefitDegree: share(benefitWeeks),
      activation: activationWeeks > 0 ? 1 : 0,
      activationDegree: share(activationWeeks),
      companyFacing: companyWeeks > 0 ? 1 : 0,
      companyFacingDegree: share(companyWeeks),
      guidance: guidanceWeeks > 0 ? 1 : 0,
      guidanceDegree: share(guidanceWeeks),
      weeks: nWeeks,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Comparison municipalities

export interface MunicipalityProfile {
  readonly code: string;
  readonly treated: boolean;
  /** Framework-condition covariates (rammevilkår), same order for every municipality. */
  readonly covariates: readonly number[];
}

export interface ComparisonChoice {
  readonly code: string;
  /** The treated municipality it was chosen for. */
  readonly forTreated: string;
  readonly distance: number;
}

/**
 * Nearest-neighbour choice of comparison municipalities: covariates are
 * standardised (mean 0, sample SD 1 over all municipalities given), distances
 * are Euclidean, and each treated municipality in turn (in the order given)
 * takes its `perTreated` nearest not-yet-chosen untreated municipalities
 * (greedy, without replacement; ties broken by code).
 */
export function chooseComparisonMunicipalities(
  profiles: readonly MunicipalityProfile[],
  perTreated = 2,
): ComparisonChoice[] {
  const p = profiles[0]?.covariates.length ?? 0;
  if (p === 0) throw new EstimationError('invalid-input', 'no framework covariates given');
  const means = new Float64Array(p);
  const sds = new Float64Array(p);
  for (const m of profiles) {
    if (m.covariates.length !== p) {
      throw new EstimationError(
        'invalid-input',
        `municipality ${m.code} has ${m.covariates.length} covariates, expected ${p}`,
      );
    }
    m.covariates.forEach((v, j) => {
      if (!Number.isFinite(v))
        throw new EstimationError(
          'invalid-input',
          `municipality ${m.code}: covariate ${j + 1} is not a number`,
        );
      means[j]! += v / profiles.length;
    });
  }
  for (const m of profiles)
    m.covariates.forEach((v, j) => {
      sds[j]! += (v - means[j]!) ** 2 / (profiles.length - 1);
    });
  for (let j = 0; j < p; j++) sds[j] = Math.sqrt(sds[j]!) || 1;
  const controls = profiles.filter((m) => !m.treated);
  const treated = profiles.filter((m) => m.treated);
  if (treated.length === 0)
    throw new EstimationError('no-variation', 'no treated municipality given');
  if (controls.length < perTreated * treated.length) {
    throw new EstimationError(
      'no-matches',
      `${controls.length} untreated municipalities cannot give ${perTreated} comparisons to each of ${treated.length} treated`,
    );
  }
  const dist = (a: MunicipalityProfile, b: MunicipalityProfile) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += ((a.covariates[j]! - b.covariates[j]!) / sds[j]!) ** 2;
    return Math.sqrt(s);
  };
  const taken = new Set<string>();
  const out: ComparisonChoice[] = [];
  for (const t of treated) {
    const ranked = controls
      .filter((c) => !taken.has(c.code))
      .map((c) => ({ code: c.code, distance: dist(t, c) }))
      .sort((a, b) => a.distance - b.distance || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    for (const c of ranked.slice(0, perTreated)) {
      taken.add(c.code);
      out.push({ code: c.code, forTreated: t.code, distance: c.distance });
    }
  }
  return out;
}
