/** Conditions (exceptions, scopes) and event matching. Pure functions over the prepared case. */
import { addSpan, civilFromDay, dayOf } from '../days.ts';
import type { Condition, EventMatch } from '../model.ts';
import type { PEvent, PreparedCase, PSpell } from './types.ts';

/** What a condition is evaluated against: a spell, a reference day and possibly an event. */
export interface CondCtx {
  pc: PreparedCase;
  spell: PSpell;
  day: number;
  event?: PEvent;
  /** 1-based ordinal of `event` among the events the rule counts. */
  ordinal?: number;
}

export function ageOn(birthDay: number, day: number): number {
  const [by, bm, bd] = civilFromDay(birthDay);
  const [y, m, d] = civilFromDay(day);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** An event of this type whose period [date, end] covers the day (an event without `end` covers its own day). */
function coveredBy(pc: PreparedCase, type: string, day: number): boolean {
  for (const pe of pc.events) {
    if (pe.day > day) break;
    if (pe.type === type && pe.end >= day) return true;
  }
  return false;
}

export function holds(c: Condition, x: CondCtx): boolean {
  switch (c.kind) {
    case 'target-group':
      return c.groups.includes(x.spell.spell.targetGroup);
    case 'sub-group': {
      const sg = x.spell.spell.subGroups;
      return sg !== undefined && c.subGroups.some((s) => sg.includes(s));
    }
    case 'spell-flag':
      return x.spell.spell.flags?.includes(c.flag) ?? false;
    case 'citizen-fact':
      return x.pc.file.citizen.facts?.includes(c.fact) ?? false;
    case 'event-flag':
      return x.event?.ev.flags?.includes(c.flag) ?? false;
    case 'event-detail':
      return x.event?.ev.details?.[c.key] === c.value;
    case 'benefit':
      return c.benefits.includes(x.spell.spell.benefit);
    case 'age-below':
      return ageOn(x.pc.birthDay, x.day) < c.years;
    case 'age-at-least':
      return ageOn(x.pc.birthDay, x.day) >= c.years;
    case 'in-offer':
      return coveredBy(x.pc, 'offer', x.day);
    case 'on-parental-leave':
      return coveredBy(x.pc, 'parental-leave', x.day);
    case 'since-spell-start':
      return x.day >= addSpan(x.spell.start, c.atLeast, 'clamp');
    case 'date-in':
      return x.day >= dayOfCached(c.from) && (c.to === undefined || x.day <= dayOfCached(c.to));
    case 'event-ordinal':
      return x.ordinal !== undefined && x.ordinal <= c.atMost;
    case 'event-number-at-most': {
      const v = x.event?.ev.details?.[c.key];
      return typeof v === 'number' && v <= c.max;
    }
    case 'event-length': {
      if (!x.event) return false;
      const len = x.event.end - x.event.day + 1;
      return (
        (c.minDays === undefined || len >= c.minDays) &&
        (c.maxDays === undefined || len <= c.maxDays)
      );
    }
    case 'spell-start-in':
      return (
        (c.from === undefined || x.spell.start >= dayOfCached(c.from)) &&
        (c.to === undefined || x.spell.start <= dayOfCached(c.to))
      );
    case 'first-interview':
      return x.event !== undefined && firstInterview(x.spell) === x.event;
    case 'spell-decision': {
      const ds = x.spell.byType.get('decision');
      if (ds === undefined) return false;
      for (const pe of ds) if (pe.ev.details?.decision === c.decision) return true;
      return false;
    }
    case 'not':
      return !holds(c.condition, x);
    case 'all':
      return c.conditions.every((k) => holds(k, x));
    case 'any':
      return c.conditions.some((k) => holds(k, x));
  }
}

/** The spell's first job interview or joint meeting (events are sorted by day, then id). */
function firstInterview(spell: PSpell): PEvent | undefined {
  const a = spell.byType.get('job-interview')?.[0];
  const b = spell.byType.get('joint-meeting')?.[0];
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b.day < a.day || (b.day === a.day && b.ev.id < a.ev.id) ? b : a;
}

const dayCache = new Map<string, number>();

export function dayOfCached(iso: string): number {
  let d = dayCache.get(iso);
  if (d === undefined) {
    d = dayOf(iso);
    dayCache.set(iso, d);
  }
  return d;
}

const NONE: readonly PEvent[] = [];

/**
 * The spell's events of the types `m` names, in the spell's order (day, then
 * id): the only events `matchesBasic(m, ·)` can accept. One type is a lookup in
 * the spell's type index; several are merged once per spell and cached.
 */
export function eventsOf(spell: PSpell, m: EventMatch): readonly PEvent[] {
  const types = m.types;
  if (types.length === 1) return spell.byType.get(types[0]!) ?? NONE;
  spell.byTypes ??= new Map();
  let list = spell.byTypes.get(types);
  if (list === undefined) {
    list = [];
    for (const pe of spell.events) if (types.includes(pe.type)) list.push(pe);
    spell.byTypes.set(types, list);
  }
  return list;
}

/** Type and details match (form policy and per-type caps are applied by the caller). */
export function matchesBasic(m: EventMatch, pe: PEvent): boolean {
  return m.types.includes(pe.type) && matchesRest(m, pe);
}

/** `matchesBasic` for an event already known to be of one of `m.types` (from `eventsOf(spell, m)`). */
export function matchesRest(m: EventMatch, pe: PEvent): boolean {
  if (m.resettingOnly && pe.ev.resetsClock === false) return false;
  if (m.details) {
    const det = pe.ev.details;
    if (!det) return false;
    for (const key in m.details) {
      const want = m.details[key];
      const got = det[key];
      if (Array.isArray(want)) {
        if (!(want as readonly unknown[]).includes(got)) return false;
      } else if (got !== want) return false;
    }
  }
  return true;
}
