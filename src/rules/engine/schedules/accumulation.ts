/**
 * LAS § 74c: assess when 12 months of ledighedsydelse have been received within
 * 18 months; finish before 18 months have been received; barsel does not count;
 * after a move the new municipality has at least 6 months.
 *
 * Counting (our choice, docs/rules.md): 12 and 18 months are converted to days
 * from the start of the count with the rule's month rounding (e.g. 365 and 546
 * days from 2019-01-01). Days count inclusively (measures.md: days = reference
 * date − grant start + 1). Parental leave is removed from the count rather than
 * resetting it, so accumulation runs from the spell start (or the day after the
 * last assessment); a longer interruption ends the spell and a new spell starts
 * a new count.
 */
import { addSpan, isoOf } from '../../days.ts';
import type { Schedule } from '../../model.ts';
import { eventsOf, matchesRest } from '../conditions.ts';
import { collect, emitObligation, type RuleRun, trace } from '../run.ts';

type Of<K extends Schedule['kind']> = Extract<Schedule, { kind: K }>;

/** The day on which the n-th counted day falls, skipping excluded intervals (sorted). */
function reach(from: number, n: number, excl: ReadonlyArray<readonly [number, number]>): number {
  let cur = from;
  let remaining = n;
  for (const [x0, x1] of excl) {
    if (x1 < cur) continue;
    if (x0 > cur) {
      const avail = x0 - cur;
      if (remaining <= avail) return cur + remaining - 1;
      remaining -= avail;
    }
    cur = Math.max(cur, x1 + 1);
  }
  return cur + remaining - 1;
}

export function evalAccumulation(run: RuleRun, s: Of<'accumulation'>): void {
  const excl: [number, number][] = [];
  for (const pe of eventsOf(run.spell, s.excluded))
    if (matchesRest(s.excluded, pe)) excl.push([pe.day, pe.end]);
  const moves = run.spell.byType.get('move') ?? [];
  const assessments = collect(run, s.met);
  const r = run.rule.rounding;
  let c0 = run.spell.start;
  for (let seq = 1; seq <= 20; seq++) {
    const thresholdDays = addSpan(c0, s.threshold, r) - c0;
    const limitDays = addSpan(c0, { ...s.limit, counting: 'elapsed' }, r) - c0;
    const ws = reach(c0, thresholdDays, excl) + 1;
    let due = reach(c0, limitDays, excl);
    if (ws > run.spell.end) break;
    let moved = '';
    if (s.afterMove) {
      for (const mv of moves) {
        if (mv.day < c0 || mv.day > due) continue;
        const after = addSpan(mv.day, s.afterMove, r);
        if (after > due) {
          due = after;
          moved = mv.ev.date;
        }
      }
    }
    const hit = assessments.find((e) => e.day >= ws);
    const counted = seq > 1 || s.occurrences === 'first';
    if (counted) emitObligation(run, seq, ws, due, hit);
    if (counted && run.sink.traceOn) {
      const barsel = excl.length > 0 ? ' Perioder med barsel er ikke talt med.' : '';
      const barselEn = excl.length > 0 ? ' Periods of parental leave are not counted.' : '';
      const mv = moved ? ` Flytning ${moved}: fristen er mindst 6 måneder efter flytningen.` : '';
      const mvEn = moved
        ? ` Move on ${moved}: the deadline is at least 6 months after the move.`
        : '';
      trace(
        run,
        `12 måneders ledighedsydelse er nået ${isoOf(ws - 1)}; vurderingen skal være færdig senest ${isoOf(due)}.${barsel}${mv}`,
        `12 months of ledighedsydelse were reached on ${isoOf(ws - 1)}; the assessment must be finished by ${isoOf(due)}.${barselEn}${mvEn}`,
      );
    }
    if (!hit || s.occurrences === 'first') break;
    c0 = hit.day + 1;
    if (c0 > run.pc.asOf) break;
  }
}
