/**
 * Evaluators for the schedule kinds that create dated obligations:
 * once, count, cadence, before-event and max-duration.
 */
import { addSpan, isoOf, spanWords } from '../../days.ts';
import type { Anchor, Schedule, Span } from '../../model.ts';
import { danishDate, EVENT_DA } from '../../words-da.ts';
import { dayOfCached, eventsOf, matchesBasic, matchesRest } from '../conditions.ts';
import {
  cap,
  collect,
  emitFinding,
  emitObligation,
  inSegment,
  type RuleRun,
  Tally,
  trace,
} from '../run.ts';
import type { PEvent } from '../types.ts';

type Of<K extends Schedule['kind']> = Extract<Schedule, { kind: K }>;

/** The anchor day, or undefined when the anchor has not happened. */
export function anchorDay(run: RuleRun, a: Anchor): number | undefined {
  switch (a.kind) {
    case 'spell-start':
    case 'transfer':
      return run.spell.start;
    case 'spell-end':
      return Number.isFinite(run.spell.end) ? run.spell.end : undefined;
    case 'event': {
      if (!a.event) return undefined;
      for (const pe of eventsOf(run.spell, a.event)) if (matchesRest(a.event, pe)) return pe.day;
      return undefined;
    }
  }
}

function add(run: RuleRun, day: number, span: Span): number {
  return addSpan(day, span, run.rule.rounding);
}

export function summary(run: RuleRun, from: number, t: Tally): void {
  if (!run.sink.traceOn) return;
  const a = run.rule.action;
  if (t.total === 0) {
    // Split between the statute and a trial version: the version whose period
    // holds the deadline reports it; this segment has nothing to say.
    if (run.segmented) return;
    if (!run.trialId) {
      // The rule's validity ends (or begins) around the deadline: the law in force that day judges it.
      trace(
        run,
        `${cap(a.da)}: fristen (regnet fra ${isoOf(from)}) falder uden for den periode, denne version af reglen dækker, og afgøres efter den version, der gælder på fristdagen.`,
        `${cap(a.en)}: the deadline (counted from ${isoOf(from)}) falls outside the period this version of the rule covers and is judged by the version in force on the due date.`,
      );
      return;
    }
    // A rule only the trial adds: say plainly that it sets no deadline here.
    const to = Number.isFinite(run.hi) ? isoOf(run.hi) : '';
    trace(
      run,
      `${cap(a.da)}: fristen (regnet fra ${isoOf(from)}) falder uden for perioden ${isoOf(run.lo)}–${to}, hvor forsøgets regel gælder, så den giver ingen frist.`,
      `${cap(a.en)}: the deadline (counted from ${isoOf(from)}) falls outside ${isoOf(run.lo)}–${to}, when the trial's rule applies, so it sets no deadline.`,
    );
    return;
  }
  const next = t.nextDue === undefined ? '' : ` Næste frist: ${isoOf(t.nextDue)}.`;
  const nextEn = t.nextDue === undefined ? '' : ` Next deadline: ${isoOf(t.nextDue)}.`;
  const w = t.waived > 0 ? `, ${t.waived} bortfaldet efter forsøg` : '';
  const wEn = t.waived > 0 ? `, ${t.waived} waived by a trial` : '';
  trace(
    run,
    `${cap(a.da)}: ${t.met} af ${t.total} opfyldt${w}, regnet fra ${isoOf(from)}.${next}`,
    `${cap(a.en)}: ${t.met} of ${t.total} met${wEn}, counted from ${isoOf(from)}.${nextEn}`,
  );
}

export function evalOnce(run: RuleRun, s: Of<'once'>): void {
  const anchors: number[] = [];
  if (s.everyAnchor && s.anchor.event) {
    for (const pe of eventsOf(run.spell, s.anchor.event))
      if (matchesRest(s.anchor.event, pe)) anchors.push(pe.day);
  } else {
    const d = anchorDay(run, s.anchor);
    if (d !== undefined) anchors.push(d);
  }
  if (anchors.length === 0) return;
  const evs = collect(run, s.met);
  const t = new Tally();
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    const ws = s.windowStart ? add(run, a, s.windowStart) : a;
    const due = add(run, a, s.dueBy);
    let hit: PEvent | undefined;
    for (const pe of evs) {
      if (pe.day >= ws) {
        hit = pe;
        break;
      }
    }
    t.add(emitObligation(run, i + 1, ws, due, hit), due);
  }
  summary(run, anchors[0]!, t);
}

export function evalCount(run: RuleRun, s: Of<'count'>): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const evs = collect(run, s.met);
  const asOf = run.pc.asOf;
  const t = new Tally();
  // Block b runs from a + b periods to the day before a + (b + 1) periods, so
  // each block's end is the next block's start − 1 (addSpan: period = elapsed − 1).
  const span: Span = { n: 0, unit: s.period.unit, counting: 'elapsed' };
  // A window that opens later than the anchor ("after the first 3 months, and within 6").
  let bs = s.windowStart && !s.repeatBlocks ? add(run, a, s.windowStart) : a;
  let i = 0;
  for (let block = 0; block < 100; block++) {
    if (block > 0) {
      span.n = s.period.n * block;
      bs = add(run, a, span);
    }
    if (bs > asOf || bs > run.spell.end) break;
    span.n = s.period.n * (block + 1);
    const be = add(run, a, span) - 1;
    // Events are in date order and blocks follow each other: resume where the last block stopped.
    while (i < evs.length && evs[i]!.day < bs) i++;
    let k = 0;
    for (let j = i; j < evs.length && k < s.count; j++) {
      const pe = evs[j]!;
      if (pe.day > be) break;
      k++;
      t.add(emitObligation(run, block * s.count + k, bs, be, pe), be);
    }
    for (let j = k + 1; j <= s.count; j++) {
      t.add(emitObligation(run, block * s.count + j, bs, be, undefined), be);
    }
    if (!s.repeatBlocks) break;
  }
  summary(run, a, t);
}

export function evalCadence(run: RuleRun, s: Of<'cadence'>): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const evs = collect(run, s.met);
  let i = 0;
  let prev: number;
  // The day the next gap counts from: `prev`, or the previous event's last day.
  let gapBase: number;
  // From the anchor, the first window opens on the anchor day itself; between
  // events it opens `minGap` after the previous one (the next day if none).
  let fromAnchor = s.startFrom === 'anchor';
  if (fromAnchor) prev = a;
  else {
    const first = evs.find((e) => e.day >= a);
    if (!first) return;
    prev = first.day;
    i = evs.indexOf(first) + 1;
  }
  gapBase = fromAnchor || !s.gapFromEnd ? prev : evs[i - 1]!.end;
  const horizonEnd = s.horizon ? add(run, a, s.horizon) : Number.POSITIVE_INFINITY;
  let seq = 0;
  const t = new Tally();
  while (seq < 500) {
    const gap = seq === 0 && s.firstGap ? s.firstGap : s.maxGap;
    const ws = fromAnchor ? prev : s.minGap ? add(run, prev, s.minGap) : prev + 1;
    const due = add(run, gapBase, gap);
    if (ws > horizonEnd || ws > run.spell.end) break;
    while (i < evs.length && (fromAnchor ? evs[i]!.day < prev : evs[i]!.day <= prev)) i++;
    const e = evs[i];
    seq++;
    if (!e) {
      t.add(emitObligation(run, seq, ws, due, undefined), due);
      break;
    }
    t.add(emitObligation(run, seq, ws, due, e), due);
    if (e.day < ws) {
      const w = spanWords(s.minGap!);
      emitFinding(
        run,
        due,
        'warning',
        {
          da: `${cap(run.rule.action.da)} ${e.ev.date} blev holdt mindre end ${w.da} efter den forrige (${isoOf(prev)}).`,
          en: `The ${run.rule.action.en} on ${e.ev.date} was held less than ${w.en} after the previous one (${isoOf(prev)}).`,
        },
        [e.ev.id],
        e,
      );
    }
    prev = e.day;
    gapBase = s.gapFromEnd ? e.end : e.day;
    fromAnchor = false;
    i++;
  }
  if (seq > 0 && run.sink.traceOn) {
    const g = spanWords(s.maxGap);
    trace(
      run,
      `Kadence: højst ${g.da} mellem hver ${run.rule.action.da}.`,
      `Cadence: at most ${g.en} between each ${run.rule.action.en}.`,
    );
    summary(run, a, t);
  }
}

export function evalBeforeEvent(
  run: RuleRun,
  s: Of<'before-event'>,
  excepted: (run: RuleRun, pe: PEvent) => boolean,
): void {
  const triggers: PEvent[] = [];
  for (const pe of eventsOf(run.spell, s.trigger)) {
    if (matchesRest(s.trigger, pe)) {
      triggers.push(pe);
      if (s.firstOnly) break;
    }
  }
  const evs = collect(run, s.met);
  let seq = 0;
  for (const t of triggers) {
    if (excepted(run, t)) continue;
    seq++;
    const ws = s.lookBack
      ? addSpan(t.day, { ...s.lookBack, n: -s.lookBack.n }, run.rule.rounding)
      : // From the spell start, or from the first event linked to the spell (by
        // spellId) when it lies before the start, so the window never ends before it opens.
        Math.min(run.spell.start, run.spell.events[0]?.day ?? run.spell.start);
    let hit: PEvent | undefined;
    for (const e of evs) {
      if (e.day > t.day) break;
      if (e.day >= ws) {
        hit = e;
        break;
      }
    }
    emitObligation(run, seq, ws, t.day, hit, false, t);
    if (!hit) {
      emitFinding(
        run,
        t.day,
        s.severity,
        {
          da: `${cap(run.rule.action.da)} forelå ikke inden ${EVENT_DA[t.ev.type] ?? t.ev.type} den ${danishDate(t.ev.date)}, som ${run.rule.legalRef.printed} kræver.`,
          en: `The ${run.rule.action.en} was not in place before the ${t.ev.type.replace(/-/g, ' ')} on ${t.ev.date}, as ${run.rule.legalRef.printed} requires.`,
        },
        [t.ev.id],
        t,
      );
    }
  }
}

export function evalNthEvent(run: RuleRun, s: Of<'nth-event'>): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const counted = collect(run, s.counted);
  const [min, max] = s.positions;
  const ws = counted[min - 1]?.day ?? a;
  const due = counted[max - 1]?.day ?? add(run, a, s.fallbackDue);
  let hit: PEvent | undefined;
  for (const e of counted) {
    if (matchesBasic(s.target, e)) {
      hit = e;
      break;
    }
  }
  const t = new Tally();
  t.add(emitObligation(run, 1, Math.min(ws, due), due, hit), due);
  if (run.sink.traceOn)
    trace(
      run,
      `${cap(run.rule.action.da)} skal ligge blandt samtale nr. ${min}–${max}; fristen er samtale nr. ${max} (${isoOf(due)}).`,
      `The ${run.rule.action.en} must be among interviews no. ${min}–${max}; the deadline is interview no. ${max} (${isoOf(due)}).`,
    );
  summary(run, a, t);
}

export function evalMaxDuration(run: RuleRun, s: Of<'max-duration'>): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const due = add(run, a, s.maximum);
  const ended = run.spell.end <= due;
  emitObligation(run, 1, a, due, undefined, ended);
  const w = spanWords(s.maximum);
  if (!ended && run.pc.asOf > due) {
    emitFinding(
      run,
      due,
      run.rule.severity,
      {
        da: `Forløbet har varet mere end ${w.da} (fra ${isoOf(a)}; grænsen var ${isoOf(due)}).`,
        en: `The course has lasted more than ${w.en} (from ${isoOf(a)}; the limit was ${isoOf(due)}).`,
      },
      [],
    );
  }
  if (run.sink.traceOn)
    trace(
      run,
      `Forløbet kan højst vare ${w.da}: til og med ${isoOf(due)}.`,
      `The course can last at most ${w.en}: up to and including ${isoOf(due)}.`,
    );
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Agreed next interview: each interview in the version's segment must agree the
 * date of the next (`details[dateKey]`); the next interview is due by then. The
 * window runs from the day after the interview, so it is never empty.
 */
export function evalAgreedNext(run: RuleRun, s: Of<'agreed-next'>): void {
  const evs = collect(run, s.applies);
  const next = collect(run, s.met);
  const t = new Tally();
  let seq = 0;
  let first: number | undefined;
  for (const pe of evs) {
    if (!inSegment(run, pe.day)) continue;
    seq++;
    first ??= pe.day;
    const raw = pe.ev.details?.[s.dateKey];
    const agreed = typeof raw === 'string' && ISO.test(raw) ? dayOfCached(raw) : undefined;
    if (agreed === undefined || agreed <= pe.day) {
      emitFinding(
        run,
        pe.day,
        run.rule.severity,
        {
          da: `Ved samtalen ${pe.ev.date} blev der ikke aftalt en dato for næste samtale.`,
          en: `No date for the next interview was agreed at the interview on ${pe.ev.date}.`,
        },
        [pe.ev.id],
        pe,
      );
      continue;
    }
    let hit: PEvent | undefined;
    for (const n of next) {
      if (n.day > pe.day) {
        hit = n;
        break;
      }
    }
    t.add(emitObligation(run, seq, pe.day + 1, agreed, hit), agreed);
  }
  if (first !== undefined) summary(run, first, t);
}
