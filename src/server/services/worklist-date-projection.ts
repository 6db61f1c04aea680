/**
 * One municipality's worklist projection on one date (worklist-projection.ts
 * keeps one per municipality and date): the citizens' open obligations, the
 * citizens of each loaded scope, the assembled worklists, and the citizens
 * changed but not yet re-evaluated.
 */
import type { CitizenObligations, Worklist, WorklistScope } from './worklist.ts';

export interface ProjectedWorklist {
  worklist: Worklist;
  /** Serialised pages of this worklist by status/limit/offset, filled as they are asked for. */
  pages?: Map<string, { json: string; citizenIds: number[] }>;
}

export type ScopeRef = `mine:${number}` | `team:${number}`;

export function scopeRef(
  scope: Pick<WorklistScope, 'scope' | 'caseworkerId' | 'teamId'>,
): ScopeRef {
  return scope.scope === 'mine' ? `mine:${scope.caseworkerId ?? -1}` : `team:${scope.teamId ?? -1}`;
}

export function refsOf(c: Pick<CitizenObligations, 'caseworkerId' | 'teamId'>): ScopeRef[] {
  const refs: ScopeRef[] = [];
  if (c.caseworkerId !== null) refs.push(`mine:${c.caseworkerId}`);
  if (c.teamId !== null) refs.push(`team:${c.teamId}`);
  return refs;
}

/** One municipality on one date. */
export class DateProjection {
  readonly citizens = new Map<number, CitizenObligations>();
  /** Citizens of each loaded scope. */
  readonly members = new Map<ScopeRef, Set<number>>();
  /** When each scope was loaded from the database (ms). */
  readonly loadedAt = new Map<ScopeRef, number>();
  readonly loading = new Map<ScopeRef, Promise<void>>();
  /** Assembled worklists by scope ref, then by the full cache key. */
  readonly assembled = new Map<ScopeRef, Map<string, ProjectedWorklist>>();
  /** Changed citizens not yet re-evaluated, with the change counter when marked. */
  readonly dirty = new Map<number, number>();
  flushing: Promise<void> | null = null;

  constructor(
    readonly municipalityCode: string,
    readonly asOf: string,
  ) {}

  /** Puts a freshly evaluated citizen (or its absence) in place and drops the worklists it touched. */
  apply(citizenId: number, entry: CitizenObligations | undefined): void {
    const before = this.citizens.get(citizenId);
    const touched = new Set<ScopeRef>([
      ...(before ? refsOf(before) : []),
      ...(entry ? refsOf(entry) : []),
    ]);
    if (before) for (const ref of refsOf(before)) this.members.get(ref)?.delete(citizenId);
    if (entry) {
      this.citizens.set(citizenId, entry);
      // Only scopes already loaded track members; others load from the database.
      for (const ref of refsOf(entry)) this.members.get(ref)?.add(citizenId);
    } else {
      this.citizens.delete(citizenId);
    }
    for (const ref of touched) this.assembled.delete(ref);
  }
}
