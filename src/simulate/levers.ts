/**
 * The committee's levers under the 2026 rules (docs/simulation.md § Levers),
 * applied to a minimum schedule:
 *
 * - `exemptShare` (0–0.25): the share of persons exempted from job interviews
 *   and offers. A person is exempt when a fixed hash of the pseudonymous
 *   citizen id falls below the share, so the same persons are exempt in every
 *   run and a larger share exempts a superset.
 * - `interviewFactor` (≥ 1): job interviews (and follow-up interviews) above
 *   the minimum, as a multiple of the minimum (1.5 = half as many again), for
 *   `groups` (target groups; all when empty). Exempt persons get none.
 */
import type { ScheduledEvent } from './schedule.ts';

export interface Levers {
  exemptShare?: number;
  interviewFactor?: number;
  /** Target groups that get the extra interviews; all when empty or absent. */
  groups?: readonly string[];
}

export class LeversError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

export function checkLevers(l: Levers): Levers {
  const s = l.exemptShare ?? 0;
  if (!(s >= 0 && s <= 0.25))
    throw new LeversError('exemptShare', `must be between 0 and 0.25, got ${s}`);
  const f = l.interviewFactor ?? 1;
  if (!(f >= 1 && f <= 10))
    throw new LeversError('interviewFactor', `must be between 1 and 10, got ${f}`);
  return l;
}

/** FNV-1a of the id, as a fraction in [0, 1). */
export function hashShare(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

const EXEMPTABLE = new Set(['job-interview', 'offer']);
const INTERVIEWS = new Set(['job-interview', 'follow-up-interview']);

/** Each event with its weight after the levers (0 drops it; 1.5 = one and a half events). */
export function applyLevers(
  events: readonly ScheduledEvent[],
  citizenId: string,
  l: Levers,
): { e: ScheduledEvent; n: number }[] {
  const exempt = hashShare(citizenId) < (l.exemptShare ?? 0);
  const f = l.interviewFactor ?? 1;
  const groups = l.groups && l.groups.length > 0 ? new Set(l.groups) : undefined;
  const out: { e: ScheduledEvent; n: number }[] = [];
  for (const e of events) {
    const type = e.event.type;
    if (exempt && EXEMPTABLE.has(type)) continue;
    let n = 1;
    if (!exempt && INTERVIEWS.has(type) && (!groups || groups.has(e.targetGroup))) n = f;
    out.push({ e, n });
  }
  return out;
}
