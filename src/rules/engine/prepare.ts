/**
 * Converts a case once per evaluation: dates to day numbers, events sorted and
 * split per spell, events after the as-of date dropped (the engine judges the
 * case as it was known on that day).
 */
import type { CaseEvent, CaseFile } from '../case-format.ts';
import { dayOf } from '../days.ts';
import type { PEvent, PreparedCase, PSpell } from './types.ts';

function byDayThenId(a: PEvent, b: PEvent): number {
  if (a.day !== b.day) return a.day - b.day;
  return a.ev.id < b.ev.id ? -1 : a.ev.id > b.ev.id ? 1 : 0;
}

function toPEvent(ev: CaseEvent): PEvent {
  const day = dayOf(ev.date);
  const end = ev.end;
  return { ev, i: 0, day, end: end ? dayOf(end) : day, type: ev.type, spellId: ev.spellId };
}

export function prepareCase(file: CaseFile, asOf: number): PreparedCase {
  const events: PEvent[] = [];
  for (const ev of file.events) {
    const pe = toPEvent(ev);
    if (pe.day <= asOf) events.push(pe);
  }
  // Case files usually list events in date order; sort only when they do not.
  for (let i = 1; i < events.length; i++) {
    const d = events[i - 1]!.day - events[i]!.day;
    if (d > 0 || (d === 0 && byDayThenId(events[i - 1]!, events[i]!) > 0)) {
      events.sort(byDayThenId);
      break;
    }
  }
  for (let i = 0; i < events.length; i++) events[i]!.i = i;
  const spells: PSpell[] = [];
  const fileSpells = file.spells;
  for (let k = 0; k < fileSpells.length; k++) {
    const spell = fileSpells[k]!;
    const start = dayOf(spell.start);
    if (start > asOf) continue;
    const end = spell.end ? dayOf(spell.end) : Number.POSITIVE_INFINITY;
    const own: PEvent[] = [];
    const byType = new Map<string, PEvent[]>();
    const spellId = spell.id;
    for (let j = 0; j < events.length; j++) {
      const pe = events[j]!;
      const sid = pe.spellId;
      if (sid !== undefined ? sid === spellId : pe.day >= start && pe.day <= end) {
        own.push(pe);
        const list = byType.get(pe.type);
        if (list) list.push(pe);
        else byType.set(pe.type, [pe]);
      }
    }
    spells.push({
      spell,
      start,
      end,
      events: own,
      byType,
      byTypes: undefined,
      formVerdicts: undefined,
      collected: undefined,
    });
  }
  return {
    file,
    asOf,
    birthDay: dayOf(file.citizen.birthDate),
    events,
    spells,
    trials: [],
    horizonDay: Number.POSITIVE_INFINITY,
    beyondHorizon: false,
  };
}
