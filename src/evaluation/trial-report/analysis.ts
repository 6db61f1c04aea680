/**
 * The analysis of a trial effect report: cohort counts, descriptive outcome
 * means and the linear DiD per outcome and window, with person-clustered CR1
 * standard errors (measures.md §2; `000_213603cd5354bb1f.txt` pp. 44–59).
 * Pure: it takes the spells already read from the register (see data.ts).
 */
import { differenceInDifferences } from '../did.ts';
import { EstimationError } from '../errors.ts';
import type { TrialDesign } from './design.ts';

/** The outcomes of the Formkrav evaluation, per window (all shares/degrees in 0..1 in the data). */
export const TRIAL_OUTCOMES = [
  'employed',
  'employmentDegree',
  'onBenefit',
  'benefitDegree',
  'activation',
  'activationDegree',
] as const;
export type TrialOutcome = (typeof TRIAL_OUTCOMES)[number];

export const WINDOWS = [1, 2, 3, 4] as const;
export type Window = (typeof WINDOWS)[number];

/** Covariates built from the register (it carries no age or sex). */
export const TRIAL_COVARIATES = [
  'priorBenefitShare',
  'priorEmploymentShare',
  'secondHalf',
] as const;
export type TrialCovariate = (typeof TRIAL_COVARIATES)[number];

/** One analysed spell start (opstart). */
export interface TrialSpell {
  /** Pseudonymous person id (cluster). */
  readonly person: number;
  /** kommunekode at the spell start. */
  readonly municipality: string;
  readonly treated: 0 | 1;
  /** Half-year cohort "2017,2". */
  readonly cohort: string;
  /** Share of the 52 weeks before the start on any benefit. */
  readonly priorBenefitShare: number;
  /** Share of the 52 weeks before the start with ordinary hours. */
  readonly priorEmploymentShare: number;
  /** Register benefit code in the start week (fixes the målgruppe, or a set of them). */
  readonly startBenefit?: string;
  /** køn from persons.parquet ('M' or 'K'); null/absent when the register has no person attributes. */
  readonly sex?: 'M' | 'K' | null;
  /** Age in whole years on the start week's Monday (persons.parquet birth date); null/absent when unknown. */
  readonly ageAtStart?: number | null;
  /** Outcomes per observed window (windows ending after the data end are absent). */
  readonly windows: Partial<Record<Window, Readonly<Record<TrialOutcome, number>>>>;
}

export interface TrialData {
  readonly firstWeek: string;
  readonly lastWeek: string;
  /** Day after the last register day; windows must end on or before it. */
  readonly dataEnd: string;
  /** Spells in before and after cohorts (excluded cohorts are only counted). */
  readonly spells: readonly TrialSpell[];
  /** Spell starts per cohort and group, including the excluded window. */
  readonly cohortCounts: readonly { cohort: string; treated: number; comparison: number }[];
}

export interface ComparisonMunicipality {
  readonly code: string;
  readonly name: string;
  /** For 'auto': the treated municipality it was chosen for and the standardised distance. */
  readonly forTreated?: string;
  readonly distance?: number;
}

export interface CohortRow {
  readonly cohort: string;
  readonly period: 'before' | 'excluded' | 'after';
  /** null for the excluded window (printed "–" as in the source). */
  readonly comparison: number | null;
  readonly treated: number | null;
}

export interface DescriptiveRow {
  readonly outcome: TrialOutcome;
  readonly window: Window;
  readonly period: 'before' | 'after';
  /** Means in per cent. */
  readonly treatedMean: number | null;
  readonly comparisonMean: number | null;
  readonly nTreated: number;
  readonly nComparison: number;
}

export interface EffectRow {
  readonly outcome: TrialOutcome;
  readonly window: Window;
  /** DiD estimate in percentage points; null when the model could not be estimated (see `error`). */
  readonly estimate: number | null;
  readonly se: number | null;
  readonly ci: readonly [number, number] | null;
  readonly p: number | null;
  readonly stars: '***' | '**' | '*' | 'ns' | null;
  /** Spells in the regression. */
  readonly n: number;
  /** Persons (clusters). */
  readonly clusters: number;
  /** The raw difference of the four cell means, in percentage points. */
  readonly rawDifference: number | null;
  readonly covariates: readonly string[];
  readonly error?: string;
}

export interface TrialReport {
  readonly design: TrialDesign;
  readonly comparison: readonly ComparisonMunicipality[];
  readonly comparisonMethod: 'given' | 'auto';
  readonly register: {
    readonly firstWeek: string;
    readonly lastWeek: string;
    readonly dataEnd: string;
  };
  readonly outcomes: readonly TrialOutcome[];
  readonly level: number;
  readonly cohorts: readonly CohortRow[];
  readonly totals: {
    readonly before: { readonly comparison: number; readonly treated: number };
    readonly after: { readonly comparison: number; readonly treated: number };
  };
  readonly descriptive: readonly DescriptiveRow[];
  readonly effects: readonly EffectRow[];
  readonly generatedAt: string;
  /**
   * The simulated process change (src/simulate/trial-effect.ts, docs/simulation.md):
   * each treated municipality's register caseload without and with the trial.
   */
  processChange?: readonly {
    municipality: string;
    lawAt: string;
    baseYear: number;
    cases: number;
    eventsChange: number;
    dkkChange: number;
    rows: readonly {
      kind: string;
      without: number;
      with: number;
      dkkWithout: number;
      dkkWith: number;
    }[];
  }[];
}

export interface AnalyseOptions {
  readonly outcomes?: readonly TrialOutcome[];
  readonly level?: number;
  readonly comparison: readonly ComparisonMunicipality[];
  readonly comparisonMethod: 'given' | 'auto';
  /** Fixed timestamp (tests); default now. */
  readonly generatedAt?: string;
}

export function parseOutcomes(text: string): TrialOutcome[] {
  const items = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0) throw new Error('--outcomes: give at least one outcome');
  for (const o of items) {
    if (!(TRIAL_OUTCOMES as readonly string[]).includes(o)) {
      throw new Error(`--outcomes: unknown outcome "${o}" (known: ${TRIAL_OUTCOMES.join(', ')})`);
    }
  }
  return items as TrialOutcome[];
}

function periodOfCohort(
  design: TrialDesign,
  cohort: string,
): 'before' | 'after' | 'excluded' | null {
  if (design.periods.before.includes(cohort)) return 'before';
  if (design.periods.after.includes(cohort)) return 'after';
  if (design.periods.excluded.includes(cohort)) return 'excluded';
  return null;
}

function hasVariation(values: Float64Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return true;
  return false;
}

export function analyseTrial(
  design: TrialDesign,
  data: TrialData,
  options: AnalyseOptions,
): TrialReport {
  const outcomes = options.outcomes ?? TRIAL_OUTCOMES;
  const level = options.level ?? 0.95;
  const countsByCohort = new Map(data.cohortCounts.map((c) => [c.cohort, c]));
  const cohorts: CohortRow[] = [
    ...design.periods.before.map((c) => ['before', c] as const),
    ...design.periods.excluded.map((c) => ['excluded', c] as const),
    ...design.periods.after.map((c) => ['after', c] as const),
  ].map(([period, cohort]) => {
    const c = countsByCohort.get(cohort);
    return period === 'excluded'
      ? { cohort, period, comparison: null, treated: null }
      : { cohort, period, comparison: c?.comparison ?? 0, treated: c?.treated ?? 0 };
  });
  const sum = (period: 'before' | 'after', key: 'comparison' | 'treated') =>
    cohorts.filter((c) => c.period === period).reduce((s, c) => s + (c[key] ?? 0), 0);

  const descriptive: DescriptiveRow[] = [];
  const effects: EffectRow[] = [];
  for (const outcome of outcomes) {
    for (const window of WINDOWS) {
      const rows = data.spells.filter((s) => {
        const p = periodOfCohort(design, s.cohort);
        return s.windows[window] !== undefined && (p === 'before' || p === 'after');
      });
      const n = rows.length;
      const y = new Float64Array(n);
      const treated = new Float64Array(n);
      const post = new Float64Array(n);
      const cov: Record<TrialCovariate, Float64Array> = {
        priorBenefitShare: new Float64Array(n),
        priorEmploymentShare: new Float64Array(n),
        secondHalf: new Float64Array(n),
      };
      const person = new Array<number>(n);
      const cell = { tb: [0, 0], ta: [0, 0], cb: [0, 0], ca: [0, 0] };
      rows.forEach((s, i) => {
        y[i] = 100 * s.windows[window]![outcome];
        treated[i] = s.treated;
        post[i] = periodOfCohort(design, s.cohort) === 'after' ? 1 : 0;
        cov.priorBenefitShare[i] = s.priorBenefitShare;
        cov.priorEmploymentShare[i] = s.priorEmploymentShare;
        cov.secondHalf[i] = s.cohort.endsWith(',2') ? 1 : 0;
        person[i] = s.person;
        const key = `${s.treated ? 't' : 'c'}${post[i] ? 'a' : 'b'}` as keyof typeof cell;
        cell[key][0]! += y[i]!;
        cell[key][1]!++;
      });
      const mean = (k: keyof typeof cell) => (cell[k][1]! > 0 ? cell[k][0]! / cell[k][1]! : null);
      for (const period of ['before', 'after'] as const) {
        const t = period === 'before' ? 'tb' : 'ta';
        const c = period === 'before' ? 'cb' : 'ca';
        descriptive.push({
          outcome,
          window,
          period,
          treatedMean: mean(t),
          comparisonMean: mean(c),
          nTreated: cell[t][1]!,
          nComparison: cell[c][1]!,
        });
      }
      const clusters = new Set(person).size;
      const used = TRIAL_COVARIATES.filter((name) => hasVariation(cov[name]));
      try {
        if (n > 0 && !hasVariation(y)) {
          throw new EstimationError(
            'no-variation',
            `${outcome} is ${y[0]} % for every spell in months ${3 * window - 2}–${3 * window}: no effect can be estimated`,
          );
        }
        const fit = differenceInDifferences({
          outcome: y,
          treated,
          post,
          covariates: used.map((name) => ({ name, values: cov[name] })),
          cluster: person,
          vcov: 'cluster',
          level,
        });
        effects.push({
          outcome,
          window,
          estimate: fit.effect.estimate,
          se: fit.effect.se,
          ci: fit.effect.ci,
          p: fit.effect.p,
          stars: fit.effect.stars,
          n: fit.model.n,
          clusters: fit.model.nClusters ?? clusters,
          rawDifference: fit.cells.rawDifference,
          covariates: used,
        });
      } catch (error) {
        if (!(error instanceof EstimationError)) throw error;
        effects.push({
          outcome,
          window,
          estimate: null,
          se: null,
          ci: null,
          p: null,
          stars: null,
          n,
          clusters,
          rawDifference: null,
          covariates: used,
          error: error.message,
        });
      }
    }
  }
  return {
    design,
    comparison: options.comparison,
    comparisonMethod: options.comparisonMethod,
    register: { firstWeek: data.firstWeek, lastWeek: data.lastWeek, dataEnd: data.dataEnd },
    outcomes,
    level,
    cohorts,
    totals: {
      before: { comparison: sum('before', 'comparison'), treated: sum('before', 'treated') },
      after: { comparison: sum('after', 'comparison'), treated: sum('after', 'treated') },
    },
    descriptive,
    effects,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
  };
}
