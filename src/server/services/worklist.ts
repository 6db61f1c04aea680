/**
 * The worklist: the open obligations (upcoming, due, overdue) of a set of
 * cases, from the rules engine, sorted by due date. Computing it means loading
 * every case in scope and evaluating it, so finished worklists are kept in an
 * in-memory projection per citizen (worklist-projection.ts): a write
 * re-evaluates only the citizen it changed (docs/api.md "Worklist").
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../calendar/index.ts';
import { worklistCitizens, worklistCitizensById } from '../../cases/citizens.ts';
import type { Database } from '../../cases/schema.ts';
import { loadCaseFiles } from '../../cases/store.ts';
import { type DeadlineNote, deadlineNote } from '../../rules/explain-text.ts';
import {
  type CaseFile,
  evaluate,
  getDefaultCatalog,
  type LawStatus,
  lawStatus,
} from '../../rules/index.ts';

export type WorklistStatus = 'upcoming' | 'due' | 'overdue';

export interface WorklistItem {
  citizenId: number;
  citizenName: string | null;
  caseworkerId: number | null;
  caseworkerName: string | null;
  ruleId: string;
  ruleTitle: { da: string; en: string };
  legalRef: string;
  kind: string;
  spellId: string;
  seq: number;
  windowStart: string;
  dueBy: string;
  status: WorklistStatus;
  trialId: string | null;
  /**
   * A deadline on a Saturday, Sunday or public holiday: the short words ("lørdag –
   * fristen rykkes ikke"); the full note with its source is on the citizen page.
   */
  dueNote?: Pick<DeadlineNote, 'short'>;
  /**
   * Progress of an obligation with several parts ("4 jobsamtaler"): how many
   * are met of how many. One row per obligation, not one per interview.
   */
  progress?: { met: number; of: number };
}

export interface CaseworkerCounts {
  caseworkerId: number | null;
  name: string;
  overdue: number;
  due: number;
  upcoming: number;
}

export interface Worklist {
  asOf: string;
  scope: 'mine' | 'team';
  teamId: number | null;
  cases: number;
  items: WorklistItem[];
  counts: { overdue: number; due: number; upcoming: number };
  perCaseworker?: CaseworkerCounts[];
  /** How far the law is encoded, and whether `asOf` is (rules/horizon.ts): the page's banner. */
  law: LawStatus;
}

export interface WorklistScope {
  municipalityCode: string;
  scope: 'mine' | 'team';
  caseworkerId?: number;
  teamId?: number;
  asOf: string;
  /** Upcoming obligations whose window opens within this many days are shown. */
  horizonDays: number;
  /** Include citizen names (false for roles that see pseudonyms only). */
  withNames: boolean;
}

let titles: Map<string, { da: string; en: string }> | undefined;

/** `{ dueNote }` when the deadline falls on a day off, `{}` otherwise. */
export function withDueNote(dueBy: string): { dueNote?: DeadlineNote } {
  const note = deadlineNote(dueBy);
  return note ? { dueNote: note } : {};
}

/** The worklist's `{ dueNote: { short } }` on a day off, `{}` otherwise. */
function withShortDueNote(dueBy: string): { dueNote?: Pick<DeadlineNote, 'short'> } {
  const note = deadlineNote(dueBy);
  return note ? { dueNote: { short: note.short } } : {};
}

/** Rule titles, statutory and trial-added. */
export function ruleTitle(ruleId: string): { da: string; en: string } {
  if (!titles) {
    titles = new Map();
    const catalog = getDefaultCatalog();
    for (const r of catalog.rules) titles.set(r.id, r.title);
    for (const t of catalog.trials.values()) {
      const ops = [...t.operations, ...t.localVariants.flatMap((v) => v.operations)];
      for (const op of ops) if (op.op === 'add-rule') titles.set(op.rule.id, op.rule.title);
    }
  }
  return titles.get(ruleId) ?? { da: ruleId, en: ruleId };
}

const STATUS_ORDER: Record<WorklistStatus, number> = { overdue: 0, due: 1, upcoming: 2 };

/** One citizen's open obligations on a date: the unit the projection keeps and recomputes. */
export interface CitizenObligations {
  citizenId: number;
  name: string;
  caseworkerId: number | null;
  caseworkerName: string | null;
  teamId: number | null;
  /** Upcoming, due and overdue obligations of spells running on the date (any horizon). */
  items: Omit<WorklistItem, 'citizenName' | 'caseworkerId' | 'caseworkerName'>[];
}

/** The open obligations of one case on a date, of spells still running then (any horizon). */
function openObligations(
  file: CaseFile,
  citizenId: number,
  asOf: string,
): CitizenObligations['items'] {
  // Obligations of spells that have ended before the date are history, not work.
  const running = new Set(file.spells.filter((s) => !s.end || s.end >= asOf).map((s) => s.id));
  if (running.size === 0) return [];
  // The worklist shows obligations only: skip building the trace.
  const result = evaluate(file, asOf, { trace: false });
  // The parts of one obligation (the slots of "4 interviews in 6 months") share
  // rule, spell, window and deadline: one row with its progress, not one per slot.
  const groups = new Map<string, (typeof result.obligations)[number][]>();
  for (const o of result.obligations) {
    if (!running.has(o.spellId)) continue;
    const k = `${o.ruleId}|${o.spellId}|${o.windowStart}|${o.dueBy}|${o.trialId ?? ''}`;
    const g = groups.get(k);
    if (g) g.push(o);
    else groups.set(k, [o]);
  }
  const items: CitizenObligations['items'] = [];
  for (const g of groups.values()) {
    const o = g.find(
      (x) => x.status === 'overdue' || x.status === 'due' || x.status === 'upcoming',
    );
    if (!o || (o.status !== 'upcoming' && o.status !== 'due' && o.status !== 'overdue')) continue;
    items.push({
      citizenId,
      ruleId: o.ruleId,
      ruleTitle: ruleTitle(o.ruleId),
      legalRef: o.legalRef,
      kind: o.kind,
      spellId: o.spellId,
      seq: o.seq,
      windowStart: o.windowStart,
      dueBy: o.dueBy,
      status: o.status,
      trialId: o.trialId ?? null,
      ...withShortDueNote(o.dueBy),
      ...(g.length > 1
        ? { progress: { met: g.filter((x) => x.status === 'met').length, of: g.length } }
        : {}),
    });
  }
  return items;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most urgent first: due date, status, citizen, rule, sequence. */
function byUrgency(a: WorklistItem, b: WorklistItem): number {
  return (
    byText(a.dueBy, b.dueBy) ||
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    a.citizenId - b.citizenId ||
    byText(a.ruleId, b.ruleId) ||
    a.seq - b.seq
  );
}

/** Counts per caseworker; every caseworker with cases in scope is listed, also with zero items. */
function perCaseworker(
  citizens: readonly CitizenObligations[],
  items: WorklistItem[],
): CaseworkerCounts[] {
  const per = new Map<number | null, CaseworkerCounts>();
  for (const c of [...citizens].sort((a, b) => a.citizenId - b.citizenId)) {
    if (per.has(c.caseworkerId)) continue;
    per.set(c.caseworkerId, {
      caseworkerId: c.caseworkerId,
      name: c.caseworkerName ?? '(ingen sagsbehandler)',
      overdue: 0,
      due: 0,
      upcoming: 0,
    });
  }
  for (const item of items) per.get(item.caseworkerId)![item.status] += 1;
  return [...per.values()].sort(
    (a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'da'),
  );
}

/**
 * Loads and evaluates the given citizens of a municipality as of a date. A
 * citizen that does not exist (or belongs to another municipality) is absent
 * from the result.
 */
export async function evaluateCitizens(
  db: Kysely<Database>,
  municipalityCode: string,
  citizenIds: readonly number[],
  asOf: string,
): Promise<Map<number, CitizenObligations>> {
  const out = new Map<number, CitizenObligations>();
  const chunk = 1000;
  for (let i = 0; i < citizenIds.length; i += chunk) {
    const ids = citizenIds.slice(i, i + chunk);
    const rows = await worklistCitizensById(db, municipalityCode, ids);
    if (rows.length === 0) continue;
    const files = await loadCaseFiles(
      db,
      rows.map((r) => r.id),
    );
    for (const row of rows) {
      const file = files.get(row.id);
      out.set(row.id, {
        citizenId: row.id,
        name: row.name,
        caseworkerId: row.caseworker_id,
        caseworkerName: row.cw_name,
        teamId: row.team_id,
        items: file ? openObligations(file, row.id, asOf) : [],
      });
    }
  }
  return out;
}

/** The worklist of a scope from its citizens' obligations: horizon filter, sort, counts. */
export function assembleWorklist(
  scope: WorklistScope,
  citizens: readonly CitizenObligations[],
): Worklist {
  const horizon = addDays(scope.asOf, scope.horizonDays);
  const items: WorklistItem[] = [];
  for (const c of citizens) {
    for (const o of c.items) {
      if (o.status === 'upcoming' && o.windowStart > horizon) continue;
      items.push({
        ...o,
        citizenName: scope.withNames ? c.name : null,
        caseworkerId: c.caseworkerId,
        caseworkerName: c.caseworkerName,
      });
    }
  }
  items.sort(byUrgency);
  const counts = { overdue: 0, due: 0, upcoming: 0 };
  for (const item of items) counts[item.status] += 1;
  const worklist: Worklist = {
    asOf: scope.asOf,
    scope: scope.scope,
    teamId: scope.teamId ?? null,
    cases: citizens.length,
    items,
    counts,
    law: lawStatus(scope.asOf),
  };
  if (scope.scope === 'team') worklist.perCaseworker = perCaseworker(citizens, items);
  return worklist;
}

/** The citizens a scope covers (by caseworker or team), by id. */
export async function scopeCitizenIds(
  db: Kysely<Database>,
  scope: Pick<WorklistScope, 'municipalityCode' | 'scope' | 'caseworkerId' | 'teamId'>,
): Promise<number[]> {
  return (await worklistCitizens(db, scope)).map((c) => c.id);
}

/** Computes a worklist from the stored cases (no cache): load, evaluate, filter, sort. */
export async function computeWorklist(
  db: Kysely<Database>,
  scope: WorklistScope,
): Promise<Worklist> {
  const ids = await scopeCitizenIds(db, scope);
  const evaluated = await evaluateCitizens(db, scope.municipalityCode, ids, scope.asOf);
  return assembleWorklist(
    scope,
    ids.flatMap((id) => evaluated.get(id) ?? []),
  );
}
