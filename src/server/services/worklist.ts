/**
 * The worklist: the open obligations (upcoming, due, overdue) of a set of
 * cases, from the rules engine, sorted by due date. Computing it means loading
 * every case in scope and evaluating it, so finished worklists are kept in an
 * in-memory cache keyed by scope and date (worklist-cache.ts). Every write to a case, and every
 * trial enabled or disabled, drops the cached worklists of that municipality
 * in the same request, so the next read is recomputed; entries also expire
 * after a short TTL so that several server processes on one PostgreSQL
 * database converge (docs/api.md "Worklist").
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../calendar/index.ts';
import { worklistCitizens } from '../../cases/citizens.ts';
import type { Database } from '../../cases/schema.ts';
import { loadCaseFiles } from '../../cases/store.ts';
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

type CitizenInScope = Awaited<ReturnType<typeof worklistCitizens>>[number];

/** The open obligations of one case on the worklist's date, within its horizon. */
function caseItems(
  file: CaseFile,
  c: CitizenInScope,
  scope: WorklistScope,
  horizon: string,
): WorklistItem[] {
  // Obligations of spells that have ended before the date are history, not work.
  const running = new Set(
    file.spells.filter((s) => !s.end || s.end >= scope.asOf).map((s) => s.id),
  );
  if (running.size === 0) return [];
  // The worklist shows obligations only: skip building the trace.
  const result = evaluate(file, scope.asOf, { trace: false });
  const items: WorklistItem[] = [];
  for (const o of result.obligations) {
    if (o.status !== 'upcoming' && o.status !== 'due' && o.status !== 'overdue') continue;
    if (!running.has(o.spellId)) continue;
    if (o.status === 'upcoming' && o.windowStart > horizon) continue;
    items.push({
      citizenId: c.id,
      citizenName: scope.withNames ? c.name : null,
      caseworkerId: c.caseworker_id,
      caseworkerName: c.caseworker_name,
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
function perCaseworker(citizens: CitizenInScope[], items: WorklistItem[]): CaseworkerCounts[] {
  const per = new Map<number | null, CaseworkerCounts>();
  for (const c of citizens) {
    if (per.has(c.caseworker_id)) continue;
    per.set(c.caseworker_id, {
      caseworkerId: c.caseworker_id,
      name: c.caseworker_name ?? '(ingen sagsbehandler)',
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

/** Computes a worklist from the stored cases (no cache): load, evaluate, filter, sort. */
export async function computeWorklist(
  db: Kysely<Database>,
  scope: WorklistScope,
): Promise<Worklist> {
  const citizens = await worklistCitizens(db, scope);
  const byId = new Map(citizens.map((c) => [c.id, c]));
  const horizon = addDays(scope.asOf, scope.horizonDays);
  const items: WorklistItem[] = [];
  const chunk = 1000;
  for (let i = 0; i < citizens.length; i += chunk) {
    const files = await loadCaseFiles(
      db,
      citizens.slice(i, i + chunk).map((c) => c.id),
    );
    for (const [citizenId, file] of files) {
      items.push(...caseItems(file, byId.get(citizenId)!, scope, horizon));
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
