/**
 * Cost and savings calculators of the source evaluations (measures.md §10,
 * `000_213603cd5354bb1f.txt` pp. 167–168, 191–192, 266, 281). Amounts in kr.
 */
import { EstimationError } from './errors.ts';

function count(name: string, v: number): void {
  if (!(v >= 0) || !Number.isFinite(v))
    throw new EstimationError('invalid-input', `${name} must be a number ≥ 0, got ${v}`);
}

/** Fixed payment to Socialmedicinsk Enhed per rehabilitation-team meeting (range 14,000–17,000 kr). */
export const REHAB_MEETING_PRICE = 14_000;
/** At most 10 cases per meeting. */
export const CASES_PER_MEETING = 10;
/** Lægeforeningen's rate for an LÆ265 certificate (April 2020). */
export const LAE265_RATE = 1_742;
/** Rate for an LÆ285 certificate. */
export const LAE285_RATE = 1_120;
/** Monthly net cost of a kontanthjælp recipient used in the microloan break-even. */
export const KONTANTHJAELP_MONTHLY_COST = 12_800;

/** Rehab-meeting saving = exempted JAF cases × price ÷ cases per meeting (1,400 kr per case by default). */
export function rehabMeetingSaving(
  exemptedCases: number,
  price = REHAB_MEETING_PRICE,
  casesPerMeeting = CASES_PER_MEETING,
): number {
  count('exempted cases', exemptedCases);
  if (!(casesPerMeeting > 0))
    throw new EstimationError('invalid-input', 'cases per meeting must be positive');
  return (exemptedCases * price) / casesPerMeeting;
}

/** LÆ265 saving = exempted certificates × rate (ignores alternative certificates obtained instead). */
export function lae265Saving(exempted: number, rate = LAE265_RATE): number {
  count('exempted LÆ265', exempted);
  return exempted * rate;
}

export interface AlternativeCertificate {
  readonly count: number;
  /** Price per certificate ("Attesttakster pr. 1. april 2020"). */
  readonly price: number;
}

/** LÆ285 saving net of alternatives = LÆ285 not requested × rate − Σ alternatives' cost. */
export function lae285NetSaving(
  notRequested: number,
  alternatives: readonly AlternativeCertificate[],
  rate = LAE285_RATE,
): number {
  count('LÆ285 not requested', notRequested);
  let alt = 0;
  for (const a of alternatives) {
    count('alternative certificate count', a.count);
    count('alternative certificate price', a.price);
    alt += a.count * a.price;
  }
  return notRequested * rate - alt;
}

/**
 * Microloan break-even: months of kontanthjælp the outlay equals,
 * (grants + forgiven debt) ÷ 12,800; per person = months ÷ divisor. The
 * source is ambiguous about the divisor (participants, loan holders or the
 * self-supporting), so the caller names it.
 */
export function microloanBreakEven(
  grants: number,
  forgivenDebt: number,
  divisor?: number,
  monthlyCost = KONTANTHJAELP_MONTHLY_COST,
) {
  count('grants', grants);
  count('forgiven debt', forgivenDebt);
  const months = (grants + forgivenDebt) / monthlyCost;
  if (divisor !== undefined && !(divisor > 0))
    throw new EstimationError('invalid-input', 'the per-person divisor must be positive');
  return { months, monthsPerPerson: divisor === undefined ? null : months / divisor };
}

/**
 * Cost beside effect in a trial report: the benefit weeks the DiD effects on the
 * benefit degree imply over the first year, valued at a weekly cost. Every
 * assumption is returned so the report prints it; the CLI can override them.
 */
export interface TrialCostAssumptions {
  /**
   * Cost of one week on the benefit, kr. Default: the maximum dagpenge rate for
   * the fully insured in 2017 (the Formkrav trial's start year), 849 kr per day
   * × 5 days = 4,245 kr (lov om arbejdsløshedsforsikring § 47, LBK nr. 832 af
   * 7. juli 2015; Beskæftigelsesministeriet, "Satser for 2017 – Dagpenge",
   * http://bm.dk/da/Satser%20for%202017/Dagpenge.aspx). Gross, before tax; an
   * upper value (recipients get at most 90 % of their former wage) and for
   * dagpenge only — override it for other benefits or years.
   */
  readonly weeklyBenefitCost: number;
  /** Weeks per 3-month window. */
  readonly weeksPerWindow: number;
  /**
   * The trial's change to the municipality's own process, kr per spell (e.g. fewer
   * meetings), from the simulator when it exists (engineer "sim": a pure function
   * of src/simulate fills this); null when not computed.
   */
  readonly processChangePerSpell: { readonly kr: number; readonly source: string } | null;
}

/** Maximum dagpenge rate, fully insured, from 2 January 2017 (LAU § 47; bm.dk Satser for 2017), kr per day. */
export const DAGPENGE_MAX_DAILY_2017 = 849;

export const DEFAULT_TRIAL_COST_ASSUMPTIONS: TrialCostAssumptions = {
  weeklyBenefitCost: 5 * DAGPENGE_MAX_DAILY_2017,
  weeksPerWindow: 13,
  processChangePerSpell: null,
};

export interface TrialCostBenefit {
  readonly assumptions: TrialCostAssumptions;
  /** Windows whose benefit-degree effect was estimated. */
  readonly windows: readonly number[];
  /** Change in benefit weeks per spell over those windows (negative = fewer weeks). */
  readonly benefitWeeksPerSpell: number;
  readonly benefitWeeksCi: readonly [number, number] | null;
  readonly spells: number;
  /** Benefit cost change, kr, for all treated after-period spells (negative = saving). */
  readonly benefitCost: number;
  readonly processCost: number | null;
  readonly total: number;
}

export function trialCostBenefit(
  benefitDegreeEffects: readonly {
    window: number;
    estimate: number | null;
    ci: readonly [number, number] | null;
  }[],
  treatedSpells: number,
  assumptions: TrialCostAssumptions = DEFAULT_TRIAL_COST_ASSUMPTIONS,
): TrialCostBenefit {
  count('treated spells', treatedSpells);
  count('weekly benefit cost', assumptions.weeklyBenefitCost);
  const est = benefitDegreeEffects.filter((e) => e.estimate !== null);
  let weeks = 0;
  let lo = 0;
  let hi = 0;
  for (const e of est) {
    weeks += (e.estimate! / 100) * assumptions.weeksPerWindow;
    // Summing window bounds is conservative (it ignores the covariance between windows).
    lo += (e.ci![0] / 100) * assumptions.weeksPerWindow;
    hi += (e.ci![1] / 100) * assumptions.weeksPerWindow;
  }
  const benefitCost = weeks * treatedSpells * assumptions.weeklyBenefitCost;
  const processCost = assumptions.processChangePerSpell
    ? assumptions.processChangePerSpell.kr * treatedSpells
    : null;
  return {
    assumptions,
    windows: est.map((e) => e.window),
    benefitWeeksPerSpell: weeks,
    benefitWeeksCi: est.length > 0 ? [lo, hi] : null,
    spells: treatedSpells,
    benefitCost,
    processCost,
    total: benefitCost + (processCost ?? 0),
  };
}
