/**
 * One evaluation of one rule version over one spell: the context the schedule
 * evaluators write into. Items are kept only when their key day (an
 * obligation's `dueBy`, a finding's event date) lies inside the version's
 * segment, which is the rule's validity intersected with the trial periods.
 */
import { isoOf } from '../days.ts';
import type { Bilingual, Condition, EventMatch, Rule, Severity } from '../model.ts';
import { eventsOf, holds, matchesRest } from './conditions.ts';
import type { Finding, Obligation, PEvent, PreparedCase, PSpell, TraceEntry } from './types.ts';

/** A use of a trial exemption, checked against the trial's documentation duties. */
export interface TrialUse {
  trialId: string;
  ruleId: string;
  /** The rule's title, to name it in the finding (no ids in a caseworker's sentence). */
  ruleTitle: Bilingual;
  /** The day the exemption was relied on. */
  day: number;
  /** A journal note dated in [noteFrom, day + grace] documents the use. */
  noteFrom: number;
  events: string[];
  /** The exemption decision that switched the waiver on; it documents the use. */
  decision?: string;
}

export interface Sink {
  obligations: Obligation[];
  findings: Finding[];
  trace: TraceEntry[];
  uses: TrialUse[];
  /**
   * Whether trace sentences are built. Off, `trace` stays empty and the
   * evaluators skip building the sentences; obligations and findings are the
   * same either way.
   */
  traceOn: boolean;
}

export function newSink(traceOn = true): Sink {
  return { obligations: [], findings: [], trace: [], uses: [], traceOn };
}

/** Decides whether an interview's form satisfies a form policy (a form rule id). */
export interface FormResolver {
  allows(policyId: string, pe: PEvent, spell: PSpell): boolean;
}

export interface RuleRun {
  pc: PreparedCase;
  spell: PSpell;
  rule: Rule;
  /** Set when a trial changed this version. */
  trialId: string | undefined;
  /**
   * Waive operation: unmet obligations become `waived`, findings are dropped.
   * With `from` (the day of the exemption decision that switched it on), only
   * from that day.
   */
  waive:
    | { trialId: string; when: Condition | undefined; from?: number; decision?: string }
    | undefined;
  lo: number;
  hi: number;
  /**
   * One of several segments of the rule on the spell (statute and trial versions):
   * a segment without obligations says nothing, since another version judges them.
   */
  segmented?: boolean;
  sink: Sink;
  forms: FormResolver;
}

export function inSegment(run: RuleRun, day: number): boolean {
  return day >= run.lo && day <= run.hi;
}

function waivedAt(run: RuleRun, day: number, event?: PEvent): boolean {
  const w = run.waive;
  if (!w) return false;
  if (w.from !== undefined && day < w.from) return false;
  if (!w.when) return true;
  return holds(w.when, { pc: run.pc, spell: run.spell, day, ...(event ? { event } : {}) });
}

/**
 * Emit an obligation (window [ws, due], met by `met` if any). An obligation that
 * is not met when the spell has already ended before its due date lapses.
 */
export function emitObligation(
  run: RuleRun,
  seq: number,
  ws: number,
  due: number,
  met: PEvent | undefined,
  metWithoutEvent = false,
  /** The event the obligation hangs on (a before-event trigger), for waiver conditions. */
  subject?: PEvent,
): Obligation['status'] | undefined {
  if (!inSegment(run, due)) {
    if (due > run.pc.horizonDay && run.hi >= run.pc.horizonDay) run.pc.beyondHorizon = true;
    return undefined;
  }
  // A window is never empty: an event linked to the spell before its start must not
  // produce a window that closes before it opens (issue #11 item 4).
  if (ws > due) ws = due;
  const asOf = run.pc.asOf;
  if (!met && !metWithoutEvent && run.spell.end < due && run.spell.end < asOf) return undefined;
  let status: Obligation['status'];
  if (met || metWithoutEvent) status = 'met';
  else if (asOf < ws) status = 'upcoming';
  else if (asOf <= due) status = 'due';
  else status = 'overdue';
  const ob: Obligation = {
    ruleId: run.rule.id,
    kind: run.rule.requires,
    legalRef: run.rule.legalRef.printed,
    spellId: run.spell.spell.id,
    seq,
    windowStart: isoOf(ws),
    dueBy: isoOf(due),
    status,
  };
  if (met) {
    ob.metBy = met.ev.id;
    if (met.day > due) ob.late = true;
  }
  if (run.trialId) ob.trialId = run.trialId;
  if (status !== 'met' && waivedAt(run, due, subject)) {
    ob.status = 'waived';
    ob.trialId = run.waive!.trialId;
  }
  run.sink.obligations.push(ob);
  if (ob.late && !run.waive) {
    const a = run.rule.action;
    emitFinding(run, due, run.rule.severity, msgLate(a, met!, due), [met!.ev.id]);
  }
  return ob.status;
}

/** Counts of what a rule emitted, for the trace summary. */
export class Tally {
  total = 0;
  met = 0;
  waived = 0;
  nextDue: number | undefined;
  add(status: Obligation['status'] | undefined, due: number): void {
    if (status === undefined) return;
    this.total++;
    if (status === 'met') this.met++;
    else if (status === 'waived') this.waived++;
    else if (this.nextDue === undefined) this.nextDue = due;
  }
}

export function emitFinding(
  run: RuleRun,
  keyDay: number,
  severity: Severity,
  message: Bilingual,
  events: string[],
  event?: PEvent,
): void {
  if (!inSegment(run, keyDay)) return;
  if (waivedAt(run, keyDay, event)) return;
  const f: Finding = { ruleId: run.rule.id, severity, message, events };
  if (run.trialId) f.trialId = run.trialId;
  run.sink.findings.push(f);
}

function msgLate(a: Bilingual, met: PEvent, due: number): Bilingual {
  const d = isoOf(due);
  const late = met.day - due;
  return {
    da: `${cap(a.da)} blev holdt ${met.ev.date}, ${late} dage efter fristen ${d}.`,
    en: `The ${a.en} was held on ${met.ev.date}, ${late} days after the deadline ${d}.`,
  };
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The spell's events that meet `m`, in date order (shared: do not modify): type and details match,
 * the form policy allows the event's form, and per-type caps are respected.
 */
export function collect(run: RuleRun, m: EventMatch): readonly PEvent[] {
  // The answer depends only on the spell, the match and the case's form
  // policies (whose verdicts are fixed per spell), so it is kept per spell.
  const spell = run.spell;
  spell.collected ??= new Map();
  let out = spell.collected.get(m);
  if (out === undefined) {
    out = collectNew(run, m);
    spell.collected.set(m, out);
  }
  return out;
}

function collectNew(run: RuleRun, m: EventMatch): PEvent[] {
  const out: PEvent[] = [];
  let perType: Record<string, number> | undefined;
  for (const pe of eventsOf(run.spell, m)) {
    if (!matchesRest(m, pe)) continue;
    if (m.formPolicy && !run.forms.allows(m.formPolicy, pe, run.spell)) continue;
    if (m.maxPerType) {
      const max = m.maxPerType[pe.type];
      if (max !== undefined) {
        perType ??= {};
        const n = (perType[pe.type] ?? 0) + 1;
        perType[pe.type] = n;
        if (n > max) continue;
      }
    }
    out.push(pe);
  }
  return out;
}

/** Adds a trace sentence. Callers test `run.sink.traceOn` first, so that no sentence is built for nothing. */
export function trace(run: RuleRun, da: string, en: string): void {
  if (!run.sink.traceOn) return;
  const t: TraceEntry = { ruleId: run.rule.id, spellId: run.spell.spell.id, da, en };
  if (run.trialId) t.trialId = run.trialId;
  run.sink.trace.push(t);
}
