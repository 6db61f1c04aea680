/**
 * Finished worklists by municipality and scope. Every write to a case, and
 * every trial enabled or disabled, drops the cached worklists of that
 * municipality in the same request (and, announced through the database, in
 * every other server process: src/server/changes.ts); entries also expire
 * after a short TTL.
 */
import type { Worklist, WorklistScope } from './worklist.ts';

export interface CacheEntry {
  worklist: Worklist;
  /** Serialised pages of this worklist by status/limit/offset, filled as they are asked for. */
  pages?: Map<string, { json: string; citizenIds: number[] }>;
  expires: number;
}

/** Finished worklists by scope; dropped per municipality on every write. */
export class WorklistCache {
  private readonly byMunicipality = new Map<string, Map<string, CacheEntry>>();
  /** Bumped on invalidation so that a computation that started before a write is not stored. */
  private readonly generation = new Map<string, number>();
  /** Bumped by invalidateAll; part of every municipality's generation. */
  private epoch = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntriesPerMunicipality = 2000,
  ) {}

  static key(s: WorklistScope): string {
    return [s.scope, s.caseworkerId ?? '', s.teamId ?? '', s.asOf, s.horizonDays, s.withNames].join(
      '|',
    );
  }

  get(municipalityCode: string, key: string): CacheEntry | undefined {
    const entry = this.byMunicipality.get(municipalityCode)?.get(key);
    if (!entry) return undefined;
    if (entry.expires <= Date.now()) {
      this.byMunicipality.get(municipalityCode)?.delete(key);
      return undefined;
    }
    return entry;
  }

  generationOf(municipalityCode: string): number {
    // Both terms only grow, so any invalidation touching the municipality changes the sum.
    return this.epoch + (this.generation.get(municipalityCode) ?? 0);
  }

  set(municipalityCode: string, key: string, entry: Omit<CacheEntry, 'expires'>, gen: number) {
    if (this.ttlMs <= 0 || gen !== this.generationOf(municipalityCode)) return;
    let map = this.byMunicipality.get(municipalityCode);
    if (!map) {
      map = new Map();
      this.byMunicipality.set(municipalityCode, map);
    }
    if (map.size >= this.maxEntriesPerMunicipality) map.clear();
    map.set(key, { ...entry, expires: Date.now() + this.ttlMs });
  }

  invalidate(municipalityCode: string): void {
    this.generation.set(municipalityCode, (this.generation.get(municipalityCode) ?? 0) + 1);
    this.byMunicipality.delete(municipalityCode);
  }

  /** Drops every municipality's worklists (changes made elsewhere may have been missed). */
  invalidateAll(): void {
    this.epoch++;
    this.byMunicipality.clear();
  }
}
