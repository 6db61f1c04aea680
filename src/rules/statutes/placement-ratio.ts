/**
 * The company ratio (forholdstal / rimelighedskrav) for virksomhedspraktik and
 * løntilskud: BAB § 65 stk. 1 and § 83 stk. 1 (`000_213603cd5354bb1f.txt`
 * p. 202; the LY trial's summary "1 per 10", p. 224), relaxed from 1 January
 * 2020 by Aftale om en forenklet beskæftigelsesindsats (`001_5174f690df2087eb.txt`
 * Tabel 2: shared full-time placements and hour-based counting).
 *
 * Choices where the source is uncertain (documented in docs/rules.md):
 * - The first band covers employees 0–50: 1 placement per 5 ordinary employees,
 *   rounded down, but at least 1 — the band's lower bound of 0 employees only
 *   makes sense if a company without employees may take one person.
 * - "50 or more": exactly 50 employees falls in the first band; each ordinary
 *   employee beyond 50 adds 1 place per 10 (rounded down). The caps add up.
 * - `lab2020`: the same caps, but counted in full-time equivalents of 37 hours
 *   when hours are given (several people can share one full-time placement).
 */
import type { Bilingual } from '../model.ts';

export const FULL_TIME_HOURS = 37;

export interface PlacementRatioInput {
  /** Ordinary employees (persons; under lab2020 full-time equivalents may be given). */
  ordinaryEmployees: number;
  /** People already in praktik or løntilskud at the company (persons). */
  currentPlacements: number;
  regime: 'lab2015' | 'lab2020';
  /** lab2020 only: weekly hours of the placements already there. */
  currentPlacementHours?: number;
  /** lab2020 only: weekly hours of the new placement. */
  newPlacementHours?: number;
}

export type PlacementRatioResult =
  | { allowed: true; capacity: number; used: number }
  | { allowed: false; capacity: number; used: number; reason: Bilingual };

/** Maximum number of placements (or full-time equivalents) for a headcount. */
export function placementCapacity(ordinaryEmployees: number): number {
  const e = Math.max(0, ordinaryEmployees);
  const band1 = Math.max(1, Math.floor(Math.min(e, 50) / 5));
  const band2 = e > 50 ? Math.floor((e - 50) / 10) : 0;
  return band1 + band2;
}

/** Whether one more placement is allowed. Pure; called when a placement is created. */
export function checkPlacementRatio(input: PlacementRatioInput): PlacementRatioResult {
  const capacity = placementCapacity(input.ordinaryEmployees);
  const byHours =
    input.regime === 'lab2020' &&
    input.currentPlacementHours !== undefined &&
    input.newPlacementHours !== undefined;
  const used = byHours
    ? (input.currentPlacementHours! + input.newPlacementHours!) / FULL_TIME_HOURS
    : input.currentPlacements + 1;
  if (used <= capacity + 1e-9) return { allowed: true, capacity, used };
  const unit = byHours
    ? { da: 'fuldtidspladser', en: 'full-time places' }
    : { da: 'personer', en: 'people' };
  const usedText = byHours ? used.toFixed(2) : String(used);
  return {
    allowed: false,
    capacity,
    used,
    reason: {
      da: `Forholdstallet er overskredet: med ${input.ordinaryEmployees} ordinært ansatte må virksomheden have højst ${capacity} ${unit.da} i praktik eller løntilskud, og denne placering giver ${usedText} (BAB § 65, stk. 1 / § 83, stk. 1).`,
      en: `The company ratio is exceeded: with ${input.ordinaryEmployees} ordinary employees the company may have at most ${capacity} ${unit.en} in placement or wage subsidy, and this placement makes ${usedText} (BAB § 65(1) / § 83(1)).`,
    },
  };
}
