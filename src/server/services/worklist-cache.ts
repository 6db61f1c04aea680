/**
 * The worklists of this server process: a façade over the per-citizen
 * projection (worklist-projection.ts). A write to a case re-evaluates only that
 * citizen (here at once, and announced through the database to every other
 * server process: src/server/changes.ts); a trial enabled or disabled drops
 * the municipality's projection; the date rolls over daily. With a refresh
 * time of 0 nothing is kept and every read evaluates its scope afresh.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../cases/schema.ts';
import { computeWorklist, type Worklist, type WorklistScope } from './worklist.ts';
import { type ProjectedWorklist, WorklistProjection } from './worklist-projection.ts';

export type CacheEntry = ProjectedWorklist;

export class WorklistCache {
  readonly projection: WorklistProjection;

  /** `refreshMs`: how long a scope's citizens are trusted before they are re-read from the database. */
  constructor(
    private readonly db: Kysely<Database>,
    refreshMs: number,
  ) {
    this.projection = new WorklistProjection(db, { refreshMs });
  }

  static key(s: WorklistScope): string {
    return [s.scope, s.caseworkerId ?? '', s.teamId ?? '', s.asOf, s.horizonDays, s.withNames].join(
      '|',
    );
  }

  /** The worklist of a scope: from the projection, or computed afresh (`useCache` false). */
  async read(
    scope: WorklistScope,
    useCache: boolean,
  ): Promise<{ worklist: Worklist; cached: CacheEntry | undefined }> {
    if (!useCache || !this.projection.enabled) {
      return { worklist: await computeWorklist(this.db, scope), cached: undefined };
    }
    const cached = await this.projection.read(scope, WorklistCache.key(scope));
    return { worklist: cached.worklist, cached };
  }

  /**
   * A committed change in the municipality: to the cases of `citizenIds`, or
   * (without them) to something every case reads, such as a trial.
   */
  invalidate(municipalityCode: string, citizenIds?: readonly number[]): void {
    if (citizenIds) this.projection.citizensChanged(municipalityCode, citizenIds);
    else this.projection.municipalityChanged(municipalityCode);
  }

  /** Drops every municipality's projection (changes made elsewhere may have been missed). */
  invalidateAll(): void {
    this.projection.dropAll();
  }
}
