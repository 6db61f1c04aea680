/**
 * The forholdstal (BAB § 65 / § 83) when a placement is created: checked
 * against the employer's placements inside the write's transaction, with the
 * employer row locked; a trial exemption may allow a placement above it.
 */
import type { Transaction } from 'kysely';
import { lockRatioPlacements } from '../../cases/employers.ts';
import type { Database } from '../../cases/schema.ts';
import { checkPlacementRatio, getDefaultCatalog, summariseTrial } from '../../rules/index.ts';
import { ApiError, badRequest } from '../errors.ts';

export type RatioCheck = ReturnType<typeof checkPlacementRatio>;

let ratioTrialIds: Set<string> | undefined;
/** Trials that relax the forholdstal (their operations touch the forholdstal rules). */
export function ratioTrials(): Set<string> {
  ratioTrialIds ??= new Set(
    [...getDefaultCatalog().trials.values()]
      .filter((t) => summariseTrial(t).rulesAffected.some((r) => r.includes('forholdstal')))
      .map((t) => t.id),
  );
  return ratioTrialIds;
}

export interface PlacementRequest {
  employer: { id: number; ordinary_headcount: number };
  start: string;
  end: string;
  hoursPerWeek?: number | undefined;
  trialId?: string | undefined;
  journalNote?: string | undefined;
}

/** Checks the ratio; refuses (422) unless allowed or exempted by a documented trial. */
export async function checkRatio(
  trx: Transaction<Database>,
  p: PlacementRequest,
): Promise<RatioCheck> {
  const current = await lockRatioPlacements(trx, p.employer.id, p.start, p.end);
  const regime = p.start >= '2020-01-01' ? 'lab2020' : 'lab2015';
  const allHours = p.hoursPerWeek !== undefined && current.every((c) => c.hours_per_week !== null);
  const ratio = checkPlacementRatio({
    ordinaryEmployees: p.employer.ordinary_headcount,
    currentPlacements: current.length,
    regime,
    ...(regime === 'lab2020' && allHours
      ? {
          currentPlacementHours: current.reduce((s, c) => s + (c.hours_per_week ?? 0), 0),
          newPlacementHours: p.hoursPerWeek,
        }
      : {}),
  });
  if (ratio.allowed) return ratio;
  const exempt = p.trialId && ratioTrials().has(p.trialId);
  if (!exempt) {
    throw new ApiError(422, 'ratio', ratio.reason.en, {
      reason: ratio.reason,
      capacity: ratio.capacity,
      used: ratio.used,
      exemptionTrials: [...ratioTrials()],
      hint: 'the placement needs a trial exemption (offer.trialId) documented by a journal note (offer.journalNote), or another employer',
    });
  }
  if (!p.journalNote) {
    throw badRequest(
      'body.offer.journalNote',
      'placing above the forholdstal under a trial exemption requires a journal note documenting it',
    );
  }
  return ratio;
}
