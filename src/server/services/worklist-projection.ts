/**
 * The worklist projection: each citizen's open obligations as of a date, kept
 * in memory and recomputed only for the citizen that changed (issue #13: a
 * write used to drop every cached worklist of the municipality). A committed
 * change marks that citizen dirty (here, and in every other server process via
 * the `pg_notify` announcement, changes.ts); the next read re-evaluates the
 * dirty citizens in one batch and reassembles only the worklists whose scope
 * held the citizen before or after the change. A scope's citizens are
 * evaluated once, on its first read. Statuses change as dates pass: the
 * projection is per date, and `rollOver` evaluates yesterday's scopes for
 * today in the background. A trial enabled or disabled, or a gap in the
 * announcements, drops the municipality's projection; loaded scopes are
 * re-read after `refreshMs` (changes made behind the API's back).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../cases/schema.ts';
import {
  assembleWorklist,
  type CitizenObligations,
  computeWorklist,
  evaluateCitizens,
  scopeCitizenIds,
  type Worklist,
  type WorklistScope,
} from './worklist.ts';

export interface ProjectedWorklist {
  worklist: Worklist;
  /** Serialised pages of this worklist by status/limit/offset, filled as they are asked for. */
  pages?: Map<string, { json: string; citizenIds: number[] }>;
}

type ScopeRef = `mine:${number}` | `team:${number}`;

function scopeRef(scope: Pick<WorklistScope, 'scope' | 'caseworkerId' | 'teamId'>): ScopeRef {
  return scope.scope === 'mine' ? `mine:${scope.caseworkerId ?? -1}` : `team:${scope.teamId ?? -1}`;
}

function refsOf(c: Pick<CitizenObligations, 'caseworkerId' | 'teamId'>): ScopeRef[] {
  const refs: ScopeRef[] = [];
  if (c.caseworkerId !== null) refs.push(`mine:${c.caseworkerId}`);
  if (c.teamId !== null) refs.push(`team:${c.teamId}`);
  return refs;
}

/** One municipality on one date. */
class DateProjection {
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

export class WorklistProjection {
  /** By municipality, then by date. */
  private readonly projections = new Map<string, Map<string, DateProjection>>();
  /** Counts every change per citizen, so an evaluation that raced a change is not kept. */
  private readonly changeCount = new Map<number, number>();
  /** Bumped when a municipality (or everything) is dropped; in-flight loads then discard. */
  private epoch = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Citizens evaluated so far (tests, the benchmark). */
  citizensEvaluated = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: {
      /** 0 disables the projection: every read evaluates the scope afresh. */
      refreshMs: number;
      /** Dates kept per municipality (today, and a few asked for with `asOf`). */
      maxDates?: number;
    },
  ) {}

  get enabled(): boolean {
    return this.options.refreshMs > 0;
  }

  /** The worklist of a scope, from the projection (evaluating only what is missing or changed). */
  async read(scope: WorklistScope, key: string): Promise<ProjectedWorklist> {
    const ref = scopeRef(scope);
    for (let attempt = 0; attempt < 3; attempt++) {
      const epoch = this.epoch;
      const p = this.projectionFor(scope.municipalityCode, scope.asOf);
      await this.ensureLoaded(p, ref, scope);
      await this.flushFor(p, ref);
      const members = p.members.get(ref);
      // Dropped meanwhile (a trial changed, announcements were missed): load again.
      if (epoch !== this.epoch || !members) continue;
      let byKey = p.assembled.get(ref);
      const found = byKey?.get(key);
      if (found) return found;
      const citizens = [...members].flatMap((id) => p.citizens.get(id) ?? []);
      const projected: ProjectedWorklist = { worklist: assembleWorklist(scope, citizens) };
      if (!byKey) {
        byKey = new Map();
        p.assembled.set(ref, byKey);
      }
      if (byKey.size >= 64) byKey.clear();
      byKey.set(key, projected);
      return projected;
    }
    // Dropped on every attempt: answer from the database directly.
    return { worklist: await computeWorklist(this.db, scope) };
  }

  /** A committed change to these citizens' cases (this process or announced by another). */
  citizensChanged(municipalityCode: string, citizenIds: readonly number[]): void {
    for (const id of citizenIds) this.changeCount.set(id, (this.changeCount.get(id) ?? 0) + 1);
    for (const p of this.projections.get(municipalityCode)?.values() ?? []) {
      for (const id of citizenIds) p.dirty.set(id, this.changeCount.get(id)!);
      // Re-evaluate soon, so that readers seldom wait for it.
      setImmediate(() => {
        this.flush(p).catch(() => {});
      });
    }
  }

  /** Something every case of the municipality reads changed (a trial): start afresh. */
  municipalityChanged(municipalityCode: string): void {
    this.epoch++;
    this.projections.delete(municipalityCode);
  }

  /** Announcements may have been missed: drop everything. */
  dropAll(): void {
    this.epoch++;
    this.projections.clear();
  }

  /**
   * The daily roll-over: when `today()` moves on, the scopes read on the
   * previous day are evaluated for the new day in the background, so the first
   * reader of the morning does not wait for a whole team. Checked every minute.
   */
  startRollOver(today: () => string, intervalMs = 60_000): void {
    let current = today();
    this.timer = setInterval(() => {
      const now = today();
      if (now === current) return;
      const previous = current;
      current = now;
      void this.rollOver(previous, now).catch(() => {});
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Evaluates, for `to`, every scope that was loaded for `from`; drops `from`. */
  async rollOver(from: string, to: string): Promise<void> {
    for (const [municipalityCode, byDate] of this.projections) {
      const old = byDate.get(from);
      if (!old) continue;
      byDate.delete(from);
      const next = this.projectionFor(municipalityCode, to);
      for (const ref of old.loadedAt.keys()) {
        const [kind, id] = ref.split(':') as ['mine' | 'team', string];
        await this.ensureLoaded(next, ref, {
          municipalityCode,
          scope: kind,
          ...(kind === 'mine' ? { caseworkerId: Number(id) } : { teamId: Number(id) }),
        });
      }
    }
  }

  private projectionFor(municipalityCode: string, asOf: string): DateProjection {
    let byDate = this.projections.get(municipalityCode);
    if (!byDate) {
      byDate = new Map();
      this.projections.set(municipalityCode, byDate);
    }
    let p = byDate.get(asOf);
    if (!p) {
      const max = this.options.maxDates ?? 3;
      // Insertion order: the oldest date asked for goes first.
      while (byDate.size >= max) byDate.delete(byDate.keys().next().value!);
      p = new DateProjection(municipalityCode, asOf);
      byDate.set(asOf, p);
    }
    return p;
  }

  private async ensureLoaded(
    p: DateProjection,
    ref: ScopeRef,
    scope: Pick<WorklistScope, 'municipalityCode' | 'scope' | 'caseworkerId' | 'teamId'>,
  ): Promise<void> {
    const loadedAt = p.loadedAt.get(ref);
    const fresh = loadedAt !== undefined && Date.now() - loadedAt < this.options.refreshMs;
    if (fresh) return;
    let loading = p.loading.get(ref);
    if (!loading) {
      loading = this.load(p, ref, scope).finally(() => p.loading.delete(ref));
      p.loading.set(ref, loading);
    }
    // A scope past its refresh time is re-read in the background; until then
    // the projection (kept current by the announcements) answers.
    if (loadedAt === undefined) await loading;
    else loading.catch(() => {});
  }

  private async load(
    p: DateProjection,
    ref: ScopeRef,
    scope: Pick<WorklistScope, 'municipalityCode' | 'scope' | 'caseworkerId' | 'teamId'>,
  ): Promise<void> {
    const epoch = this.epoch;
    const counts = new Map(this.changeCount);
    const ids = await scopeCitizenIds(this.db, scope);
    const evaluated = await evaluateCitizens(this.db, p.municipalityCode, ids, p.asOf);
    this.citizensEvaluated += ids.length;
    if (epoch !== this.epoch) return; // the municipality was dropped meanwhile
    const members = new Set<number>();
    for (const id of ids) {
      const entry = evaluated.get(id);
      // Changed while we evaluated: the dirty set re-evaluates it (and fixes
      // the membership if it moved); if that already happened, the loop below
      // finds it.
      if ((this.changeCount.get(id) ?? 0) !== (counts.get(id) ?? 0)) {
        if (p.dirty.has(id)) members.add(id);
        continue;
      }
      if (entry) {
        members.add(id);
        p.apply(id, entry);
      }
    }
    // Citizens already projected (re-evaluated after a change) that now belong here.
    for (const c of p.citizens.values()) if (refsOf(c).includes(ref)) members.add(c.citizenId);
    p.members.set(ref, members);
    p.loadedAt.set(ref, Date.now());
    p.assembled.delete(ref);
  }

  /**
   * Whether a changed citizen not yet re-evaluated may belong to the scope:
   * one of its members, or one the projection does not know (no open
   * obligations before the change, so no scope recorded). A citizen's
   * caseworker and team change only behind the API's back (no route
   * reassigns a case), which the scope's reload after `refreshMs` picks up.
   */
  private touches(p: DateProjection, ref: ScopeRef): boolean {
    for (const id of p.dirty.keys()) {
      const known = p.citizens.get(id);
      if (!known || refsOf(known).includes(ref)) return true;
    }
    return false;
  }

  /**
   * Waits until no changed citizen of the scope is left to re-evaluate. A
   * reader whose scope no change touched answers at once from its assembled
   * worklist instead of waiting for other caseworkers' writes (issue #13:
   * readers while people write).
   */
  private async flushFor(p: DateProjection, ref: ScopeRef): Promise<void> {
    while (this.touches(p, ref)) await this.flushOnce(p);
  }

  /** Re-evaluates the dirty citizens (one batch at a time) until none is left. */
  private async flush(p: DateProjection): Promise<void> {
    while (p.dirty.size > 0 || p.flushing) await this.flushOnce(p);
  }

  /** Waits for the batch under way, or starts one with the dirty citizens and waits for it. */
  private flushOnce(p: DateProjection): Promise<void> {
    p.flushing ??= (async () => {
      try {
        const batch = new Map(p.dirty);
        const evaluated = await evaluateCitizens(
          this.db,
          p.municipalityCode,
          [...batch.keys()],
          p.asOf,
        );
        this.citizensEvaluated += batch.size;
        for (const [id, count] of batch) {
          // A change that arrived during the evaluation keeps the citizen dirty.
          if (p.dirty.get(id) !== count) continue;
          p.dirty.delete(id);
          p.apply(id, evaluated.get(id));
        }
      } finally {
        p.flushing = null;
      }
    })();
    return p.flushing;
  }
}
