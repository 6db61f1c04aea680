/**
 * Design checks of a trial effect report (issue 16), pure: the spells come from
 * data.ts. For the primary window of each outcome:
 *
 * - event study over all loaded half-year cohorts (leads and lags around the
 *   start, reference = the last before cohort) with the joint pre-test;
 * - cohort trends (mean outcome per cohort, treated vs comparison);
 * - placebos: a fake start in the before period, and a placebo outcome (prior
 *   employment in the 52 weeks before the spell, fixed before the trial could act);
 * - inference at the level of assignment for every DiD of the effect table:
 *   CR2 by municipality with Satterthwaite df (the lead figure) and the wild
 *   cluster bootstrap (Webb weights, seeded) beside the person-clustered CR1;
 * - sensitivity: a second, disjoint set of matched comparison municipalities,
 *   and the model without covariates;
 * - subgroups (subgroups.ts): prior employment, target group, age band and
 *   sex, Holm and Benjamini–Hochberg over the subgroup tests;
 * - Holm adjustment over the tests of the effect table.
 */
import {
  type Adjustment,
  adjustPValues,
  clusterSums,
  cr2,
  wildClusterBootstrap,
} from '../cluster-inference.ts';
import type { TrialCostBenefit } from '../costs.ts';
import { buildDesign } from '../design.ts';
import { DID_TERM } from '../did.ts';
import { EstimationError } from '../errors.ts';
import { type EventStudyResult, eventStudy } from '../event-study.ts';
import { ols } from '../ols.ts';
import type { EffectRow, TrialOutcome, TrialReport, TrialSpell, Window } from './analysis.ts';
import type { CheckRow, Inference } from './check-types.ts';
import type { TrialDesign } from './design.ts';
import { type SubgroupResult, subgroupEstimates } from './subgroups.ts';

export type { CheckRow, Inference } from './check-types.ts';

export interface TrendPoint {
  readonly cohort: string;
  readonly period: number;
  readonly treated: number | null;
  readonly comparison: number | null;
  readonly nTreated: number;
  readonly nComparison: number;
}

export interface DesignChecks {
  readonly primaryWindow: Window;
  readonly leadInference: 'municipality-cr2';
  readonly adjustment: Adjustment;
  readonly bootstrap: { weights: 'webb'; replications: number; seed: number };
  /** Per effect row of the main table (same order): municipality-level inference and Holm p. */
  readonly effects: readonly { inference: Inference | null; pAdjusted: number | null }[];
  readonly eventStudies: readonly {
    outcome: TrialOutcome;
    result: EventStudyResult | null;
    error?: string;
  }[];
  readonly trends: readonly { outcome: TrialOutcome; points: TrendPoint[] }[];
  readonly placebo: {
    readonly fakeStart: string | null;
    readonly rows: readonly CheckRow[];
  };
  readonly sensitivity: readonly CheckRow[];
  /** Subgroup rows (outcomes × groups), with Holm and BH over their family. */
  readonly subgroups: SubgroupResult['rows'];
  readonly subgroupFamily: {
    readonly adjustment: readonly ['holm', 'BH'];
    readonly size: number;
    readonly omitted: SubgroupResult['omitted'];
  };
  readonly alternativeComparison: readonly string[];
}

/** The report with its design checks and costs (sections 6–11). */
export interface CheckedTrialReport extends TrialReport {
  /** Event study, placebo, municipality-level inference, sensitivity, subgroups. */
  checks?: DesignChecks;
  /** Cost beside effect (costs.ts `trialCostBenefit`). */
  costs?: TrialCostBenefit;
}

export interface ChecksOptions {
  readonly outcomes: readonly TrialOutcome[];
  readonly primaryWindow?: Window;
  readonly level?: number;
  readonly replications?: number;
  readonly seed?: number;
  /** Codes of the primary comparison municipalities (the rest of the loaded comparison spells are the alternative set). */
  readonly comparison: readonly string[];
  readonly alternative: readonly string[];
}

type Cov = 'priorBenefitShare' | 'priorEmploymentShare' | 'secondHalf';
const COVS: readonly Cov[] = ['priorBenefitShare', 'priorEmploymentShare', 'secondHalf'];

function covValue(s: TrialSpell, c: Cov): number {
  return c === 'secondHalf' ? (s.cohort.endsWith(',2') ? 1 : 0) : s[c];
}

/** DiD of `y` on treated × post with CR1 by person, CR2 and wild bootstrap by municipality. */
export function didInference(
  rows: readonly TrialSpell[],
  y: (s: TrialSpell) => number,
  post: (s: TrialSpell) => 0 | 1,
  options: { covariates?: readonly Cov[]; level?: number; replications?: number; seed?: number },
): Inference {
  const n = rows.length;
  const level = options.level ?? 0.95;
  const yy = Float64Array.from(rows, y);
  const tr = Float64Array.from(rows, (s) => s.treated);
  const po = Float64Array.from(rows, post);
  const covs = (options.covariates ?? COVS).filter((c) => {
    const v0 = covValue(rows[0]!, c);
    return rows.some((s) => covValue(s, c) !== v0);
  });
  let varies = false;
  for (let i = 1; i < n && !varies; i++) varies = yy[i] !== yy[0];
  if (!varies)
    throw new EstimationError(
      'no-variation',
      'the outcome does not vary: no effect can be estimated',
    );
  const design = buildDesign([
    { name: 'treated', values: tr },
    { name: 'post', values: po },
    { name: DID_TERM, values: tr.map((t, i) => t * po[i]!) },
    ...covs.map((c) => ({ name: c, values: Float64Array.from(rows, (s) => covValue(s, c)) })),
  ]);
  const j = 3;
  const person = rows.map((s) => s.person);
  const municipality = rows.map((s) => s.municipality);
  const fit = ols(design, yy, { vcov: 'cluster', cluster: person, level });
  const sums = clusterSums(design, yy, municipality);
  const m = cr2(sums, level).coefficients[j]!;
  let wild: Inference['wild'] = null;
  if ((options.replications ?? 9999) > 0) {
    const w = wildClusterBootstrap(design, yy, municipality, DID_TERM, {
      weights: 'webb',
      replications: options.replications ?? 9999,
      seed: options.seed ?? 20261204,
      level,
    });
    wild = { p: w.p, ci: w.ci, replications: w.replications };
  }
  const c = fit.coefficients[j]!;
  return {
    estimate: c.estimate,
    person: { se: c.se, ci: c.ci, p: c.p, clusters: fit.nClusters ?? 0 },
    municipality: { se: m.se, ci: m.ci, p: m.p, df: m.df, clusters: sums.G },
    wild,
    n,
  };
}

function attempt(label: string, outcome: CheckRow['outcome'], f: () => Inference): CheckRow {
  try {
    return { outcome, label, result: f() };
  } catch (error) {
    if (!(error instanceof EstimationError)) throw error;
    return { outcome, label, result: null, error: error.message };
  }
}

/**
 * All design checks. `extendedBefore` lists the before cohorts loaded for the
 * event study (oldest first; it ends with the design's own before cohorts).
 */
export function designChecks(
  design: TrialDesign,
  extendedBefore: readonly string[],
  spells: readonly TrialSpell[],
  effects: readonly EffectRow[],
  options: ChecksOptions,
): DesignChecks {
  const level = options.level ?? 0.95;
  const win = options.primaryWindow ?? 3;
  const boot = { replications: options.replications ?? 9999, seed: options.seed ?? 20261204 };
  const primary = new Set([...design.treated.map((t) => t.code), ...options.comparison]);
  const altSet = new Set([...design.treated.map((t) => t.code), ...options.alternative]);
  const after = design.periods.after;
  const rel = new Map<string, number>();
  extendedBefore.forEach((c, i) => {
    rel.set(c, i - extendedBefore.length);
  });
  after.forEach((c, i) => {
    rel.set(c, i);
  });
  const mainBefore = new Set(design.periods.before);
  const afterSet = new Set(after);
  const inMain = (s: TrialSpell) =>
    primary.has(s.municipality) && (mainBefore.has(s.cohort) || afterSet.has(s.cohort));
  const postOf = (s: TrialSpell): 0 | 1 => (afterSet.has(s.cohort) ? 1 : 0);
  const pct = (o: TrialOutcome) => (s: TrialSpell) => 100 * s.windows[win]![o];

  // Municipality-level inference for every row of the effect table.
  const effectInference = effects.map((e) => {
    if (e.estimate === null) return null;
    const rows = spells.filter((s) => inMain(s) && s.windows[e.window] !== undefined);
    try {
      return didInference(rows, (s) => 100 * s.windows[e.window]![e.outcome], postOf, {
        covariates: e.covariates as Cov[],
        level,
        ...boot,
      });
    } catch (error) {
      if (!(error instanceof EstimationError)) throw error;
      return null;
    }
  });
  const adjusted = adjustPValues(
    effectInference.map((i) => i?.municipality.p ?? null),
    'holm',
  );

  const eventStudies = options.outcomes.map((outcome) => {
    const rows = spells.filter(
      (s) => primary.has(s.municipality) && rel.has(s.cohort) && s.windows[win] !== undefined,
    );
    try {
      // The cohort dummies absorb the second-half-year dummy.
      const covs = COVS.filter(
        (c) => c !== 'secondHalf' && rows.some((s) => covValue(s, c) !== covValue(rows[0]!, c)),
      );
      return {
        outcome,
        result: eventStudy({
          outcome: Float64Array.from(rows, pct(outcome)),
          treated: Float64Array.from(rows, (s) => s.treated),
          period: Float64Array.from(rows, (s) => rel.get(s.cohort)!),
          covariates: covs.map((c) => ({
            name: c,
            values: Float64Array.from(rows, (s) => covValue(s, c)),
          })),
          person: rows.map((s) => s.person),
          municipality: rows.map((s) => s.municipality),
          level,
        }),
      };
    } catch (error) {
      if (!(error instanceof EstimationError)) throw error;
      return { outcome, result: null, error: error.message };
    }
  });

  const cohorts = [...extendedBefore, ...after];
  const trends = options.outcomes.map((outcome) => ({
    outcome,
    points: cohorts.map((cohort) => {
      const acc = { t: [0, 0], c: [0, 0] };
      for (const s of spells) {
        if (s.cohort !== cohort || !primary.has(s.municipality) || !s.windows[win]) continue;
        const a = s.treated ? acc.t : acc.c;
        a[0]! += 100 * s.windows[win]![outcome];
        a[1]!++;
      }
      return {
        cohort,
        period: rel.get(cohort)!,
        treated: acc.t[1]! > 0 ? acc.t[0]! / acc.t[1]! : null,
        comparison: acc.c[1]! > 0 ? acc.c[0]! / acc.c[1]! : null,
        nTreated: acc.t[1]!,
        nComparison: acc.c[1]!,
      };
    }),
  }));

  // Placebo 1: a fake start halfway through the loaded before cohorts.
  const half = Math.floor(extendedBefore.length / 2);
  const fakeStart = extendedBefore.length >= 2 ? extendedBefore[half]! : null;
  const placeboRows: CheckRow[] = [];
  if (fakeStart) {
    const fakePost = new Set(extendedBefore.slice(half));
    for (const outcome of options.outcomes) {
      placeboRows.push(
        attempt(`fake start ${fakeStart}`, outcome, () =>
          didInference(
            spells.filter(
              (s) =>
                primary.has(s.municipality) &&
                rel.has(s.cohort) &&
                rel.get(s.cohort)! < 0 &&
                s.windows[win],
            ),
            pct(outcome),
            (s) => (fakePost.has(s.cohort) ? 1 : 0),
            { level, ...boot },
          ),
        ),
      );
    }
  }
  // Placebo 2: an outcome fixed before the spell started (prior employment share).
  placeboRows.push(
    attempt('placebo outcome: prior employment (52 weeks before)', 'priorEmploymentShare', () =>
      didInference(spells.filter(inMain), (s) => 100 * s.priorEmploymentShare, postOf, {
        covariates: ['priorBenefitShare', 'secondHalf'],
        level,
        ...boot,
      }),
    ),
  );

  const sensitivity: CheckRow[] = [];
  for (const outcome of options.outcomes) {
    if (options.alternative.length > 0)
      sensitivity.push(
        attempt('alternative matched comparison', outcome, () =>
          didInference(
            spells.filter(
              (s) =>
                altSet.has(s.municipality) &&
                (mainBefore.has(s.cohort) || afterSet.has(s.cohort)) &&
                s.windows[win],
            ),
            pct(outcome),
            postOf,
            { level, ...boot },
          ),
        ),
      );
    sensitivity.push(
      attempt('no covariates', outcome, () =>
        didInference(
          spells.filter((s) => inMain(s) && s.windows[win]),
          pct(outcome),
          postOf,
          { covariates: [], level, ...boot },
        ),
      ),
    );
  }
  const subgroups = subgroupEstimates(
    spells.filter(inMain),
    options.outcomes,
    win,
    design.targetGroups,
    (rows, y, priorSplit) =>
      didInference(rows, y, postOf, {
        // The prior-employment split fixes that covariate within each group.
        covariates: priorSplit ? ['priorBenefitShare', 'secondHalf'] : COVS,
        level,
        ...boot,
      }),
  );
  return {
    primaryWindow: win,
    leadInference: 'municipality-cr2',
    adjustment: 'holm',
    bootstrap: { weights: 'webb', ...boot },
    effects: effectInference.map((inference, i) => ({ inference, pAdjusted: adjusted[i] ?? null })),
    eventStudies,
    trends,
    placebo: { fakeStart, rows: placeboRows },
    sensitivity,
    subgroups: subgroups.rows,
    subgroupFamily: {
      adjustment: ['holm', 'BH'],
      size: subgroups.familySize,
      omitted: subgroups.omitted,
    },
    alternativeComparison: options.alternative,
  };
}
