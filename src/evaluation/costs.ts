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
