/**
 * The minimum compliant schedule of one case under one rule set, built on the
 * engine's obligations (not on a second copy of the rules).
 *
 * The solver (docs/simulation.md § The minimum schedule):
 *
 * 1. The case keeps its facts (spells, decisions, offers that happened,
 *    moves, parental leave, sick notifications, visitations, sub-goals) and
 *    loses its process events (interviews, meetings, certificates, plans,
 *    assessments, notes …): those are what the schedule decides.
 * 2. The engine evaluates the case as of the horizon's last day. Each
 *    obligation that is not met on time (or waived) and falls due on or
 *    before the horizon's end needs an event. The replay (replay.ts) runs the
 *    solver to the end of the year after the counted year and counts only the
 *    events dated in the counted year, so that windows straddling the new
 *    year are placed as they would be.
 * 3. The obligation with the earliest placement day gets one event that meets
 *    the rule's own event match (its first event type, the details it asks
 *    for, in person, nulstillende), at the placement day, on its spell. The
 *    unmet slots of the same `count` rule and spell are placed together. Then
 *    the engine evaluates again. An obligation an event cannot meet (a
 *    `max-duration` limit, or one the engine still reports unmet after its
 *    event) is recorded as unschedulable and its event withdrawn.
 * 4. When nothing is pending, every generated event is tried for removal in
 *    turn (oldest first); it is dropped when the engine still reports nothing
 *    pending without it. So no event of the result can be removed without an
 *    obligation falling overdue (the property test checks this).
 *
 * Placement (a documented point of the window [windowStart, dueBy]):
 * - `due` (default): on the due date, the latest compliant day;
 * - `lag`: windowStart + `lagDays`, at most the due date;
 * - a `count` rule's slot k of n is placed at the end of the k-th of n equal
 *   parts of its window (ws + ⌈k·L/n⌉ − 1, L = window length in days), so four
 *   interviews in six months are spread over the six months and the last one
 *   is on the due date, in both modes.
 */
import {
  type CaseEvent,
  type CaseFile,
  EVENT_TYPES,
  type EventType,
} from '../rules/case-format.ts';
import { dayOf, isoOf } from '../rules/days.ts';
import { type Catalog, evaluate, type Obligation } from '../rules/engine.ts';
import type { EventMatch, Rule } from '../rules/model.ts';

/** Event types that are facts of the case (kept as they are); every other type is decided by the schedule. */
export const FACT_EVENT_TYPES: ReadonlySet<EventType> = new Set<EventType>([
  'offer',
  'decision',
  'visitation',
  'sick-notification',
  'move',
  'parental-leave',
  'sub-goal',
]);

/** Event types the schedule decides: interviews, meetings, certificates, plans, assessments, notes … */
export const PROCESS_EVENT_TYPES: ReadonlySet<EventType> = new Set(
  EVENT_TYPES.filter((t) => !FACT_EVENT_TYPES.has(t)),
);

export interface Placement {
  mode: 'due' | 'lag';
  /** Days after the window's start, for `lag`. */
  lagDays?: number;
}

export interface ScheduleOptions {
  /** Last day of the horizon (YYYY-MM-DD): the engine's as-of date. */
  horizonEnd: string;
  placement?: Placement;
  /** Guard against a rule that keeps asking (default 400 events per case). */
  maxEvents?: number;
}

/** One event of the schedule, with the obligation it was placed for. */
export interface ScheduledEvent {
  event: CaseEvent;
  ruleId: string;
  /** What the rule requires (interview, joint-meeting, certificate …). */
  requires: Obligation['kind'];
  targetGroup: string;
}

export interface Schedule {
  events: ScheduledEvent[];
  /** Obligations no event can meet (limits), or that stayed unmet after their event. */
  unschedulable: Obligation[];
  /** Obligations a trial waived (counted for the report). */
  waived: number;
  /** Engine evaluations used (for the benchmark). */
  evaluations: number;
}

/** The rule (statute, trial replacement or trial addition) an obligation's `ruleId` names. */
export class RuleIndex {
  private readonly byId = new Map<string, Rule>();
  constructor(catalog: Catalog) {
    for (const t of catalog.trials.values()) {
      const ops = [...t.operations, ...t.localVariants.flatMap((v) => v.operations)];
      for (const op of ops) {
        if (op.op === 'replace') this.byId.set(op.replacement.id, op.replacement);
        if (op.op === 'add-rule') this.byId.set(op.rule.id, op.rule);
      }
    }
    for (const r of catalog.rules) this.byId.set(r.id, r);
  }
  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }
}

const index = new WeakMap<Catalog, RuleIndex>();

export function ruleIndex(catalog: Catalog): RuleIndex {
  let i = index.get(catalog);
  if (!i) {
    i = new RuleIndex(catalog);
    index.set(catalog, i);
  }
  return i;
}

/** The events that meet a rule: the match an event must satisfy, or undefined for limits. */
export function meetingMatch(rule: Rule): EventMatch | undefined {
  const s = rule.schedule;
  switch (s.kind) {
    case 'once':
    case 'count':
    case 'cadence':
    case 'before-event':
    case 'accumulation':
      return s.met;
    case 'nth-event':
      return s.target;
    default:
      return undefined;
  }
}

function placementDay(o: Obligation, rule: Rule, p: Placement): number {
  const ws = dayOf(o.windowStart);
  const due = dayOf(o.dueBy);
  const s = rule.schedule;
  if (s.kind === 'count' && s.count > 1) {
    const k = ((o.seq - 1) % s.count) + 1;
    const len = due - ws + 1;
    return Math.min(due, ws + Math.ceil((k * len) / s.count) - 1);
  }
  if (p.mode === 'lag') return Math.min(due, ws + Math.max(0, p.lagDays ?? 0));
  return due;
}

function eventFor(m: EventMatch, id: string, day: number, spellId: string): CaseEvent {
  const type = m.types[0]!;
  const ev: CaseEvent = { id, type, date: isoOf(day), spellId };
  if (
    type === 'job-interview' ||
    type === 'joint-meeting' ||
    type === 'follow-up-interview' ||
    type === 'cv-interview'
  ) {
    ev.form = 'in-person';
    ev.resetsClock = true;
  }
  if (m.details) {
    const d: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(m.details)) d[k] = Array.isArray(v) ? v[0] : v;
    ev.details = d;
  }
  return ev;
}

const key = (o: Obligation) => `${o.ruleId}|${o.spellId}|${o.seq}|${o.dueBy}`;

interface Pending {
  o: Obligation;
  rule: Rule;
  match: EventMatch;
  day: number;
}

/** What `pendingObligations` needs besides the engine's obligations. */
interface PendingContext {
  rules: RuleIndex;
  /** Obligations no event kind can meet (filled when `collect`). */
  unschedulable: Map<string, Obligation>;
  collect: boolean;
  horizon: number;
  placement: Placement;
}

/** The obligations still to be met by the horizon, each with the event that meets it and its day. */
function pendingObligations(
  obligations: readonly Obligation[],
  ctx: PendingContext,
): { pending: Pending[]; waived: number } {
  const pending: Pending[] = [];
  let waived = 0;
  for (const o of obligations) {
    // Met on time is done; met late is a breach the schedule must avoid.
    if (o.status === 'met' && !o.late) continue;
    if (o.status === 'waived') {
      waived++;
      continue;
    }
    if (ctx.unschedulable.has(key(o))) continue;
    const rule = ctx.rules.get(o.ruleId);
    const match = rule && meetingMatch(rule);
    if (!rule || !match) {
      if (ctx.collect && dayOf(o.dueBy) <= ctx.horizon) ctx.unschedulable.set(key(o), o);
      continue;
    }
    // Only what falls due by the horizon is required (a count slot may be placed before it).
    if (dayOf(o.dueBy) > ctx.horizon) continue;
    pending.push({ o, rule, match, day: placementDay(o, rule, ctx.placement) });
  }
  return { pending, waived };
}

/** The earliest pending obligation, with the rest of its count (a count rule's slots go together). */
function nextBatch(pending: readonly Pending[]): Pending[] {
  let first = pending[0]!;
  for (const p of pending) if (p.day < first.day) first = p;
  return first.rule.schedule.kind === 'count'
    ? pending.filter((p) => p.o.ruleId === first.o.ruleId && p.o.spellId === first.o.spellId)
    : [first];
}

/** The minimum compliant schedule of one case (already shifted and prepared for the rule set). */
export function minimumSchedule(file: CaseFile, catalog: Catalog, opts: ScheduleOptions): Schedule {
  const placement = opts.placement ?? { mode: 'due' };
  const horizon = dayOf(opts.horizonEnd);
  const maxEvents = opts.maxEvents ?? 400;
  const rules = ruleIndex(catalog);
  const facts = file.events.filter((e) => !PROCESS_EVENT_TYPES.has(e.type));
  const groupOf = new Map(file.spells.map((s) => [s.id, s.targetGroup as string]));
  const generated: ScheduledEvent[] = [];
  const unschedulable = new Map<string, Obligation>();
  let evaluations = 0;
  let serial = 0;
  let waived = 0;

  const pendingOf = (events: readonly ScheduledEvent[], collect: boolean): Pending[] => {
    evaluations++;
    const res = evaluate(
      { ...file, events: [...facts, ...events.map((g) => g.event)] },
      opts.horizonEnd,
      {
        catalog,
        trace: false,
      },
    );
    const { pending, waived: w } = pendingObligations(res.obligations, {
      rules,
      unschedulable,
      collect,
      horizon,
      placement,
    });
    if (collect) waived = w;
    return pending;
  };

  let lastKeys: string[] = [];
  let lastAdded = 0;
  for (;;) {
    const pending = pendingOf(generated, true);
    // An obligation still pending right after its event was placed: that event cannot meet it.
    const stuck = new Set(lastKeys.filter((k) => pending.some((p) => key(p.o) === k)));
    if (stuck.size > 0) {
      generated.splice(generated.length - lastAdded, lastAdded);
      for (const p of pending) if (stuck.has(key(p.o))) unschedulable.set(key(p.o), p.o);
      lastKeys = [];
      lastAdded = 0;
      continue;
    }
    if (pending.length === 0 || generated.length >= maxEvents) break;
    const batch = nextBatch(pending);
    for (const p of batch) {
      serial++;
      const id = `sim-${String(serial).padStart(4, '0')}`;
      generated.push({
        event: eventFor(p.match, id, p.day, p.o.spellId),
        ruleId: p.o.ruleId,
        requires: p.o.kind,
        targetGroup: groupOf.get(p.o.spellId) ?? '',
      });
    }
    lastKeys = batch.map((p) => key(p.o));
    lastAdded = batch.length;
  }

  // Irreducibility: drop every event the schedule is compliant without.
  for (let i = 0; i < generated.length; ) {
    const without = generated.slice(0, i).concat(generated.slice(i + 1));
    if (pendingOf(without, false).length === 0) generated.splice(i, 1);
    else i++;
  }
  return { events: generated, unschedulable: [...unschedulable.values()], waived, evaluations };
}
