/**
 * The design of a trial's effect evaluation, derived from the trial's scope:
 * treated (free) municipalities, the trial start, the benefits of its target
 * groups (målgrupper) and the half-year start cohorts of the before period,
 * the excluded window and the after period — generalising the Formkrav
 * evaluation A (`000_213603cd5354bb1f.txt` pp. 44–59; measures.md §2):
 * before = 2016 H1 + H2, excluded = 2017 H1, after = 2017 H2 – 2019 H2 for a
 * trial starting 1 July 2017. Pure: no storage.
 */
import { BENEFITS, REGISTER_BENEFIT_PRIORITY } from '../../reference/benefits.ts';
import type { TargetGroupCode } from '../../reference/target-groups.ts';
import type { MunicipalityScope, Trial } from '../../rules/trials/model.ts';
import type { PeriodDesign } from '../did.ts';
import { EstimationError } from '../errors.ts';

/** Register benefit codes (the weekly register's ydelse column), from src/reference. */
export const REGISTER_BENEFIT_CODES = REGISTER_BENEFIT_PRIORITY;

export interface TrialDesignOptions {
  /** Trial part ('A', 'B'); default: the part of the first municipality entry. */
  readonly part?: string;
  /** Half-years in the before period (default 2). */
  readonly beforeHalfYears?: number;
  /** Half-years excluded before the trial start (default 1). */
  readonly excludedHalfYears?: number;
  /** Half-years in the after period (default 5). */
  readonly afterHalfYears?: number;
}

export interface TrialDesign {
  readonly trialId: string;
  readonly titleDa: string;
  readonly titleEn: string;
  readonly part: string | null;
  /** The free municipalities (kommunekoder) with their own start dates. */
  readonly treated: readonly { code: string; name: string; start: string }[];
  /** Every municipality in any part of the trial (never a comparison). */
  readonly allTrialMunicipalities: readonly string[];
  /** Design start: the earliest start among the treated municipalities. */
  readonly start: string;
  /** målgrupper of the analysed spells. */
  readonly targetGroups: readonly TargetGroupCode[];
  /** Register benefit codes whose spells are analysed. */
  readonly benefits: readonly string[];
  readonly periods: PeriodDesign;
}

/** Half-year cohort index: year × 2 + (0 for H1, 1 for H2). */
function halfYearIndex(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = Number(isoDate.slice(5, 7));
  return y * 2 + (m <= 6 ? 0 : 1);
}

function halfYearLabel(index: number): string {
  return `${Math.floor(index / 2)},${(index % 2) + 1}`;
}

/** First day of a half-year label "2017,2" → "2017-07-01". */
export function halfYearStart(label: string): string {
  const [y, h] = label.split(',');
  return `${y}-${h === '1' ? '01' : '07'}-01`;
}

/** Day after the half-year's last day: "2017,2" → "2018-01-01". */
export function halfYearEnd(label: string): string {
  const [y, h] = label.split(',');
  return h === '1' ? `${y}-07-01` : `${Number(y) + 1}-01-01`;
}

/**
 * Cohorts around a trial start. The first after cohort is the first half-year
 * starting on or after the trial start; a half-year containing the start (a
 * start other than 1 January or 1 July) is excluded as well.
 */
export function periodsAround(start: string, before = 2, excluded = 1, after = 5): PeriodDesign {
  for (const [name, v, min] of [
    ['before', before, 1],
    ['excluded', excluded, 0],
    ['after', after, 1],
  ] as const) {
    if (!Number.isInteger(v) || v < min || v > 20) {
      throw new EstimationError(
        'invalid-input',
        `${name} half-years must be an integer ${min}–20, got ${v}`,
      );
    }
  }
  const s = halfYearIndex(start);
  const atBoundary = start.slice(5) === '01-01' || start.slice(5) === '07-01';
  const firstAfter = atBoundary ? s : s + 1;
  const nExcluded = excluded + (atBoundary ? 0 : 1);
  const firstExcluded = firstAfter - nExcluded;
  const firstBefore = firstExcluded - before;
  const range = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => halfYearLabel(from + i));
  return {
    before: range(firstBefore, before),
    excluded: range(firstExcluded, nExcluded),
    after: range(firstAfter, after),
  };
}

/** Register benefits whose recipients can be in one of the target groups. */
export function benefitsForTargetGroups(groups: readonly TargetGroupCode[]): string[] {
  const registerCodes = new Set<string>(REGISTER_BENEFIT_CODES);
  return BENEFITS.filter(
    (b) => registerCodes.has(b.code) && b.targetGroups.some((g) => groups.includes(g)),
  ).map((b) => b.code);
}

export function trialDesign(trial: Trial, options: TrialDesignOptions = {}): TrialDesign {
  const entries = trial.scope.municipalities;
  const parts = [...new Set(entries.map((e) => e.part).filter((p): p is string => !!p))];
  let selected: readonly MunicipalityScope[] = entries;
  let part: string | null = null;
  if (options.part !== undefined || parts.length > 0) {
    part = options.part ?? entries[0]?.part ?? parts[0]!;
    if (!parts.includes(part)) {
      throw new EstimationError(
        'invalid-input',
        `--part ${part}: trial ${trial.id} has ${parts.length ? `parts ${parts.join(', ')}` : 'no parts'}`,
      );
    }
    selected = entries.filter((e) => e.part === part);
  }
  if (selected.length === 0) {
    throw new EstimationError('invalid-input', `trial ${trial.id} has no municipalities in scope`);
  }
  const treated = [
    ...new Map(
      selected.map((e) => [e.code, { code: e.code, name: e.name, start: e.start }]),
    ).values(),
  ];
  const start = treated.map((t) => t.start).sort()[0]!;
  const groups = [...new Set(selected.flatMap((e) => e.targetGroups ?? trial.scope.targetGroups))];
  const benefits = benefitsForTargetGroups(groups);
  if (benefits.length === 0) {
    throw new EstimationError(
      'invalid-input',
      `trial ${trial.id}: no register benefit belongs to its target groups ${groups.join(', ')}`,
    );
  }
  return {
    trialId: trial.id,
    titleDa: trial.title.da,
    titleEn: trial.title.en,
    part,
    treated,
    allTrialMunicipalities: [...new Set(entries.map((e) => e.code))],
    start,
    targetGroups: groups,
    benefits,
    periods: periodsAround(
      start,
      options.beforeHalfYears ?? 2,
      options.excludedHalfYears ?? 1,
      options.afterHalfYears ?? 5,
    ),
  };
}
