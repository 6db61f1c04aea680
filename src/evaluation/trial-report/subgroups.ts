/**
 * Subgroup effects of a trial effect report (issue 16, item 4): the same DiD
 * as the main effect (covariates, municipality CR2 + Satterthwaite as the lead
 * figure, wild cluster bootstrap and person CR1 beside it) on the spells of one
 * subgroup at a time, by
 *
 * - prior employment (none / some ordinary hours in the 52 weeks before),
 * - target group (målgruppe) as fixed by the benefit in the start week
 *   (src/reference/benefits.ts: a-dagpenge → 6.1; kontanthjælp → 6.2/6.3, which
 *   the register cannot split),
 * - age band at the start (SUBGROUP_AGE_BANDS),
 * - sex (køn),
 *
 * with the person attributes from persons.parquet. Spells of persons without
 * attributes are in no age or sex subgroup; a dimension with fewer than two
 * groups present is omitted with the reason. All estimated subgroup tests
 * (outcomes × groups) form one family, adjusted by Holm and by
 * Benjamini–Hochberg on the municipality CR2 p-values.
 */

import { BENEFITS } from '../../reference/benefits.ts';
import { adjustPValues } from '../cluster-inference.ts';
import { EstimationError } from '../errors.ts';
import type { TrialOutcome, TrialSpell, Window } from './analysis.ts';
import type { CheckRow, Inference } from './check-types.ts';

/**
 * Age bands of the subgroups, in whole years at the spell start: 30 is the
 * legal boundary of uddannelseshjælp and of the under-30 rules of LAB §§ 34, 37
 * (shared/domain/rules.md); 50 separates older workers. Each band is a union
 * of the statistics breakdown's bands (src/register/population.ts AGE_BANDS).
 */
export const SUBGROUP_AGE_BANDS = [
  { name: '16-29', min: 0, max: 29 },
  { name: '30-49', min: 30, max: 49 },
  { name: '50+', min: 50, max: 200 },
] as const;

export const SUBGROUP_DIMENSIONS = ['priorEmployment', 'targetGroup', 'ageBand', 'sex'] as const;
export type SubgroupDimension = (typeof SUBGROUP_DIMENSIONS)[number];

export interface SubgroupRow extends CheckRow {
  readonly dimension: SubgroupDimension;
  /** 'none' | 'some'; a register benefit code; an age band name; 'K' | 'M'. */
  readonly group: string;
  /** The målgrupper of a target-group row (e.g. ['6.2', '6.3']). */
  readonly targetGroups?: readonly string[];
  /** Holm-adjusted municipality CR2 p over the subgroup family. */
  readonly pHolm: number | null;
  /** Benjamini–Hochberg q over the same family. */
  readonly qBH: number | null;
}

export interface SubgroupResult {
  readonly rows: readonly SubgroupRow[];
  readonly omitted: readonly { dimension: SubgroupDimension; reason: string; reasonDa: string }[];
  /** Tests in the adjusted family (estimated rows). */
  readonly familySize: number;
}

interface Definition {
  readonly dimension: SubgroupDimension;
  readonly group: string;
  readonly label: string;
  readonly targetGroups?: readonly string[];
  readonly keep: (s: TrialSpell) => boolean;
}

export function ageBandOf(age: number | null | undefined): string | null {
  if (age === null || age === undefined) return null;
  return SUBGROUP_AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.name ?? null;
}

/** Target-group subgroups (one per start benefit), or the reason they are left out. */
function targetGroupDefinitions(
  benefits: readonly string[],
  designTargetGroups: readonly string[],
  definitions: Definition[],
  omitted: { dimension: SubgroupDimension; reason: string; reasonDa: string }[],
): void {
  if (benefits.length < 2) {
    omitted.push({
      dimension: 'targetGroup',
      reason: `one target group only (${benefits.join(', ') || 'none'}): the main estimate`,
      reasonDa: `kun én målgruppe (${benefits.join(', ') || 'ingen'}): det er hovedestimatet`,
    });
  } else {
    for (const code of benefits) {
      const groups = (BENEFITS.find((b) => b.code === code)?.targetGroups ?? []).filter((g) =>
        designTargetGroups.includes(g),
      );
      definitions.push({
        dimension: 'targetGroup',
        group: code,
        targetGroups: groups,
        label: `target group ${groups.join('/') || '–'} (${code})`,
        keep: (s) => s.startBenefit === code,
      });
    }
  }
}

/** The subgroup definitions present in the spells, and the dimensions left out. */
export function subgroupDefinitions(
  spells: readonly TrialSpell[],
  designTargetGroups: readonly string[],
): { definitions: Definition[]; omitted: SubgroupResult['omitted'] } {
  const definitions: Definition[] = [
    {
      dimension: 'priorEmployment',
      group: 'none',
      label: 'no prior employment',
      keep: (s) => s.priorEmploymentShare === 0,
    },
    {
      dimension: 'priorEmployment',
      group: 'some',
      label: 'some prior employment',
      keep: (s) => s.priorEmploymentShare > 0,
    },
  ];
  const omitted: { dimension: SubgroupDimension; reason: string; reasonDa: string }[] = [];
  const present = (f: (s: TrialSpell) => string | null | undefined) =>
    [...new Set(spells.map(f).filter((v): v is string => !!v))].sort();
  targetGroupDefinitions(
    present((s) => s.startBenefit),
    designTargetGroups,
    definitions,
    omitted,
  );
  const bands = present((s) => ageBandOf(s.ageAtStart));
  if (bands.length < 2) {
    omitted.push({
      dimension: 'ageBand',
      reason:
        bands.length === 0
          ? 'no birth dates in the register (persons.parquet)'
          : `one age band only (${bands[0]})`,
      reasonDa:
        bands.length === 0
          ? 'registret har ingen fødselsdatoer (persons.parquet)'
          : `kun én aldersgruppe (${bands[0]})`,
    });
  } else {
    for (const band of SUBGROUP_AGE_BANDS.filter((b) => bands.includes(b.name)))
      definitions.push({
        dimension: 'ageBand',
        group: band.name,
        label: `age ${band.name}`,
        keep: (s) => ageBandOf(s.ageAtStart) === band.name,
      });
  }
  const sexes = present((s) => s.sex);
  if (sexes.length < 2) {
    omitted.push({
      dimension: 'sex',
      reason:
        sexes.length === 0
          ? 'no sex in the register (persons.parquet)'
          : `one sex only (${sexes[0]})`,
      reasonDa:
        sexes.length === 0
          ? 'registret har ikke køn (persons.parquet)'
          : `kun ét køn (${sexes[0]})`,
    });
  } else {
    for (const [group, label] of [
      ['K', 'women'],
      ['M', 'men'],
    ] as const)
      definitions.push({ dimension: 'sex', group, label, keep: (s) => s.sex === group });
  }
  return { definitions, omitted };
}

/**
 * Subgroup estimates for each outcome in window `win` on `spells` (the main
 * sample: primary municipalities, before and after cohorts). `estimate` is the
 * DiD with municipality-level inference (checks.ts didInference).
 */
export function subgroupEstimates(
  spells: readonly TrialSpell[],
  outcomes: readonly TrialOutcome[],
  win: Window,
  designTargetGroups: readonly string[],
  estimate: (
    rows: readonly TrialSpell[],
    y: (s: TrialSpell) => number,
    priorEmploymentSplit: boolean,
  ) => Inference,
): SubgroupResult {
  const inWindow = spells.filter((s) => s.windows[win] !== undefined);
  const { definitions, omitted } = subgroupDefinitions(inWindow, designTargetGroups);
  const rows: Omit<SubgroupRow, 'pHolm' | 'qBH'>[] = [];
  for (const outcome of outcomes) {
    const y = (s: TrialSpell) => 100 * s.windows[win]![outcome];
    for (const d of definitions) {
      const base = {
        outcome,
        label: d.label,
        dimension: d.dimension,
        group: d.group,
        ...(d.targetGroups ? { targetGroups: d.targetGroups } : {}),
      };
      try {
        const subset = inWindow.filter(d.keep);
        if (!subset.some((s) => s.treated) || !subset.some((s) => !s.treated)) {
          throw new EstimationError(
            'too-few-observations',
            `${d.label}: no ${subset.some((s) => s.treated) ? 'comparison' : 'treated'} spells`,
          );
        }
        const result = estimate(subset, y, d.dimension === 'priorEmployment');
        rows.push({ ...base, result });
      } catch (error) {
        if (!(error instanceof EstimationError)) throw error;
        rows.push({ ...base, result: null, error: error.message });
      }
    }
  }
  const p = rows.map((r) => r.result?.municipality.p ?? null);
  const holm = adjustPValues(p, 'holm');
  const bh = adjustPValues(p, 'BH');
  return {
    rows: rows.map((r, i) => ({ ...r, pHolm: holm[i] ?? null, qBH: bh[i] ?? null })),
    omitted,
    familySize: p.filter((x) => x !== null).length,
  };
}
