/**
 * A naive baseline evaluator for the benchmark: the same statute catalogue,
 * but written the obvious way — every rule re-parses every date with `Date`,
 * rescans all events of the case for each obligation, and builds no index.
 * It covers the schedule kinds that dominate the work (once, count, cadence,
 * before-event, form, content) and is only used to put the engine's figure in
 * context; it is not a second implementation of the law.
 */
import type { CaseFile } from '../../src/rules/case-format.ts';
import type { EventMatch, Rule, Span } from '../../src/rules/model.ts';

const DAY = 86_400_000;

function parse(d: string): number {
  return Math.floor(new Date(`${d}T00:00:00Z`).getTime() / DAY);
}

function add(day: number, span: Span): number {
  const d = new Date(day * DAY);
  if (span.unit === 'day') d.setUTCDate(d.getUTCDate() + span.n);
  else if (span.unit === 'week') d.setUTCDate(d.getUTCDate() + 7 * span.n);
  else d.setUTCMonth(d.getUTCMonth() + span.n);
  const t = Math.floor(d.getTime() / DAY);
  return span.counting === 'period' ? t - 1 : t;
}

function matches(m: EventMatch, ev: CaseFile['events'][number]): boolean {
  if (!m.types.includes(ev.type)) return false;
  for (const [k, v] of Object.entries(m.details ?? {})) {
    const got = ev.details?.[k];
    if (Array.isArray(v) ? !v.includes(got as string) : got !== v) return false;
  }
  return true;
}

export function naiveEvaluate(file: CaseFile, asOf: string, rules: readonly Rule[]): number {
  let produced = 0;
  for (const spell of file.spells) {
    for (const rule of rules) {
      if (!rule.targetGroups.includes(spell.targetGroup)) continue;
      if (parse(rule.validity.from) > parse(asOf)) continue;
      const s = rule.schedule;
      const start = parse(spell.start);
      const inSpell = (d: string) => parse(d) >= start && parse(d) <= parse(asOf);
      if (s.kind === 'once' || s.kind === 'count') {
        const n = s.kind === 'count' ? s.count : 1;
        const end = s.kind === 'count' ? add(start, s.period) : add(start, s.dueBy);
        for (let k = 0; k < n; k++) {
          const hits = file.events.filter(
            (e) => inSpell(e.date) && matches(s.met, e) && parse(e.date) <= end,
          );
          produced += hits.length > k ? 1 : parse(asOf) > end ? 1 : 0;
        }
      } else if (s.kind === 'cadence') {
        let prev = start;
        for (let k = 0; k < 50; k++) {
          const next = file.events
            .filter((e) => inSpell(e.date) && matches(s.met, e) && parse(e.date) > prev)
            .sort((a, b) => parse(a.date) - parse(b.date))[0];
          produced++;
          if (!next) break;
          prev = parse(next.date);
        }
      } else if (s.kind === 'before-event') {
        for (const t of file.events.filter((e) => inSpell(e.date) && matches(s.trigger, e))) {
          produced += file.events.some((e) => matches(s.met, e) && parse(e.date) <= parse(t.date))
            ? 1
            : 0;
        }
      } else if (s.kind === 'form' || s.kind === 'content') {
        for (const e of file.events) if (inSpell(e.date) && matches(s.applies, e)) produced++;
      }
    }
  }
  return produced;
}
