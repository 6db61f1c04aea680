/**
 * Evaluators for per-event checks: form, content, cap, min-elapsed, forbidden
 * and ratio. They raise findings dated by the event; they create no obligations.
 */
import type { TargetGroupCode } from '../../../reference/target-groups.ts';
import { addSpan, isoOf, spanWords } from '../../days.ts';
import type { Bilingual, ContentItem, Schedule } from '../../model.ts';
import { checkPlacementRatio } from '../../statutes/placement-ratio.ts';
import { eventsOf, matchesRest } from '../conditions.ts';
import { cap, emitFinding, inSegment, type RuleRun, trace } from '../run.ts';
import type { PEvent } from '../types.ts';
import { anchorDay } from './timed.ts';

type Of<K extends Schedule['kind']> = Extract<Schedule, { kind: K }>;
type Excepted = (run: RuleRun, pe: PEvent) => boolean;

const FORM_DA: Record<string, string> = {
  'in-person': 'personligt fremmøde',
  phone: 'telefon',
  video: 'video',
  group: 'gruppesamtale',
  'via-other': 'via en anden fagperson',
};

export function evalForm(run: RuleRun, s: Of<'form'>): void {
  let checked = 0;
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe)) continue;
    checked++;
    // A finding outside the segment would be dropped; without trials, asking
    // the form policy has no other effect (with trials it may record a use).
    if (!inSegment(run, pe.day) && run.pc.trials.length === 0) continue;
    if (run.forms.allows(run.rule.id, pe, run.spell)) continue;
    const form = pe.ev.form ?? s.defaultForm;
    emitFinding(
      run,
      pe.day,
      run.rule.severity,
      {
        da: `Samtalen ${pe.ev.date} blev holdt som ${FORM_DA[form] ?? form}, som ${run.rule.legalRef.printed} ikke tillader her; den tæller ikke som lovpligtig samtale.`,
        en: `The interview on ${pe.ev.date} was held as ${form}, which ${run.rule.legalRef.printed} does not allow here; it does not count as a statutory interview.`,
      },
      [pe.ev.id],
      pe,
    );
  }
  if (checked > 0 && run.sink.traceOn) {
    trace(
      run,
      `Formkrav: ${s.allowed.map((f) => FORM_DA[f] ?? f).join(', ')} (med lovens undtagelser).`,
      `Form requirement: ${s.allowed.join(', ')} (with the statutory exceptions).`,
    );
  }
}

/**
 * The content items a list requires of one target group, and the joined labels
 * of each combination of missing items (by bit mask), built once per list and
 * group rather than once per interview.
 */
interface Required {
  items: readonly ContentItem[];
  labels: Map<number, Bilingual>;
}

const requiredCache = new WeakMap<readonly ContentItem[], Map<TargetGroupCode, Required>>();

function required(items: readonly ContentItem[], group: TargetGroupCode): Required {
  let byGroup = requiredCache.get(items);
  if (!byGroup) {
    byGroup = new Map();
    requiredCache.set(items, byGroup);
  }
  let r = byGroup.get(group);
  if (!r) {
    if (items.length > 52) throw new Error('a content list may name at most 52 items');
    r = { items: items.filter((it) => !it.groups || it.groups.includes(group)), labels: new Map() };
    byGroup.set(group, r);
  }
  return r;
}

function missingLabels(req: Required, mask: number): Bilingual {
  let l = req.labels.get(mask);
  if (!l) {
    const missing = req.items.filter((_, i) => (mask & (2 ** i)) !== 0);
    l = {
      da: missing.map((m) => m.label.da).join('; '),
      en: missing.map((m) => m.label.en).join('; '),
    };
    req.labels.set(mask, l);
  }
  return l;
}

const NO_ITEMS: readonly string[] = [];

export function evalContent(run: RuleRun, s: Of<'content'>, excepted: Excepted): void {
  const group = run.spell.spell.targetGroup;
  let ordinal = 0;
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe)) continue;
    ordinal++;
    // Findings are dated by the event: outside the segment there is nothing to check.
    if (!inSegment(run, pe.day) || excepted(run, pe)) continue;
    const req = required(ordinal === 1 && s.firstItems ? s.firstItems : s.items, group);
    const have = pe.ev.contentItems ?? NO_ITEMS;
    // Missing items as a bit mask (lists have far fewer than 53 items, so 2 ** i is exact).
    let mask = 0;
    for (let i = 0; i < req.items.length; i++) {
      if (!have.includes(req.items[i]!.id)) mask += 2 ** i;
    }
    if (mask === 0) continue;
    const labels = missingLabels(req, mask);
    emitFinding(
      run,
      pe.day,
      run.rule.severity,
      {
        da: `Samtalen ${pe.ev.date} mangler indhold, som ${run.rule.legalRef.printed} kræver: ${labels.da}.`,
        en: `The interview on ${pe.ev.date} lacks content that ${run.rule.legalRef.printed} requires: ${labels.en}.`,
      },
      [pe.ev.id],
      pe,
    );
  }
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return hi >= lo ? hi - lo + 1 : 0;
}

export function evalCap(run: RuleRun, s: Of<'cap'>, excepted: Excepted): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const we = addSpan(a, s.window, run.rule.rounding);
  let total = 0;
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe) || excepted(run, pe)) continue;
    total += overlap(pe.day, pe.end, a, we);
    if (total > s.maxDays) {
      const w = spanWords(s.window);
      emitFinding(
        run,
        pe.day,
        run.rule.severity,
        {
          da: `${cap(run.rule.action.da)} overstiger ${s.maxDays} dage inden for de første ${w.da} (${isoOf(a)}–${isoOf(we)}): ${total} dage med ${pe.ev.id}.`,
          en: `The ${run.rule.action.en} exceeds ${s.maxDays} days within the first ${w.en} (${isoOf(a)}–${isoOf(we)}): ${total} days with ${pe.ev.id}.`,
        },
        [pe.ev.id],
        pe,
      );
      return;
    }
  }
}

export function evalMinElapsed(run: RuleRun, s: Of<'min-elapsed'>, excepted: Excepted): void {
  const a = anchorDay(run, s.anchor);
  if (a === undefined) return;
  const earliest = addSpan(a, s.minimum, run.rule.rounding);
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe) || pe.day >= earliest || !inSegment(run, pe.day)) continue;
    if (excepted(run, pe)) continue;
    const w = spanWords(s.minimum);
    emitFinding(
      run,
      pe.day,
      run.rule.severity,
      {
        da: `${cap(run.rule.action.da)} startede ${pe.ev.date}, før borgeren havde ${w.da} forudgående ledighed (tidligst ${isoOf(earliest)}).`,
        en: `The ${run.rule.action.en} started on ${pe.ev.date}, before the person had ${w.en} of prior unemployment (earliest ${isoOf(earliest)}).`,
      },
      [pe.ev.id],
      pe,
    );
  }
}

export function evalForbidden(run: RuleRun, s: Of<'forbidden'>, excepted: Excepted): void {
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe) || !inSegment(run, pe.day) || excepted(run, pe)) continue;
    emitFinding(
      run,
      pe.day,
      run.rule.severity,
      {
        da: `${cap(run.rule.action.da)} (${pe.ev.date}) må ikke gives efter ${run.rule.legalRef.printed}.`,
        en: `The ${run.rule.action.en} (${pe.ev.date}) may not be granted under ${run.rule.legalRef.printed}.`,
      },
      [pe.ev.id],
      pe,
    );
  }
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function evalRatio(run: RuleRun, s: Of<'ratio'>, excepted: Excepted): void {
  for (const pe of eventsOf(run.spell, s.applies)) {
    if (!matchesRest(s.applies, pe) || !inSegment(run, pe.day) || excepted(run, pe)) continue;
    const d = pe.ev.details ?? {};
    const employees = num(d.ordinaryEmployees);
    const current = num(d.currentPlacements);
    if (employees === undefined || current === undefined) {
      emitFinding(
        run,
        pe.day,
        'info',
        {
          da: `Placeringen ${pe.ev.date} mangler antal ordinært ansatte eller eksisterende placeringer; forholdstallet kan ikke kontrolleres.`,
          en: `The placement on ${pe.ev.date} lacks the number of ordinary employees or existing placements; the ratio cannot be checked.`,
        },
        [pe.ev.id],
        pe,
      );
      continue;
    }
    const hours = num(d.placementHours);
    const curHours = num(d.currentPlacementHours);
    const res = checkPlacementRatio({
      ordinaryEmployees: employees,
      currentPlacements: current,
      regime: s.regime,
      ...(hours !== undefined && curHours !== undefined
        ? { newPlacementHours: hours, currentPlacementHours: curHours }
        : {}),
    });
    if (!res.allowed) emitFinding(run, pe.day, run.rule.severity, res.reason, [pe.ev.id], pe);
  }
}
