/**
 * Rule versions over time: a rule is evaluated per time segment — the statute
 * outside trial periods, the trial's overlaid version inside them — and each
 * trial version is compared with the statute to find the uses of the exemption.
 */
import { isoOf } from '../days.ts';
import type { Rule } from '../model.ts';
import type { TrialOperation } from '../trials/model.ts';
import type { Catalog, RuleMeta } from './catalog.ts';
import { dayOfCached } from './conditions.ts';
import { dispatch } from './dispatch.ts';
import { decisionFor, needsDecision, opsFor, transform } from './overlay.ts';
import { type FormResolver, newSink, type RuleRun, type Sink, trace } from './run.ts';
import type { ActiveTrial, PreparedCase, PSpell } from './types.ts';

const INF = Number.POSITIVE_INFINITY;

export interface SpellTrial {
  at: ActiveTrial;
  from: number;
  to: number;
}

export interface SpellContext {
  pc: PreparedCase;
  spell: PSpell;
  catalog: Catalog;
  sink: Sink;
  forms: FormResolver;
  trials: ActiveTrial[];
}

export function validity(x: SpellContext, rule: Rule): [number, number] {
  const m = x.catalog.meta.get(rule);
  if (m) return [m.vf, m.vt];
  const to = rule.validity.to ? dayOfCached(rule.validity.to) : INF;
  return [dayOfCached(rule.validity.from), Math.min(to, x.catalog.horizonDay)];
}

/** Evaluates one rule on the spell, split into statute and trial segments. */
export function runRule(
  x: SpellContext,
  rule: Rule,
  spellTrials: SpellTrial[],
  meta?: RuleMeta,
): void {
  let vf: number;
  let vt: number;
  if (meta) {
    vf = meta.vf;
    vt = meta.vt;
  } else [vf, vt] = validity(x, rule);
  if (spellTrials.length === 0) {
    dispatch({
      pc: x.pc,
      spell: x.spell,
      rule,
      trialId: undefined,
      waive: undefined,
      lo: vf,
      hi: vt,
      sink: x.sink,
      forms: x.forms,
    });
    return;
  }
  const relevant: { st: SpellTrial; ops: TrialOperation[] }[] = [];
  for (const st of spellTrials) {
    const ops = opsFor(st.at, rule.id).filter(
      (o) => o.op !== 'relax-form' && o.op !== 'widen-groups',
    );
    if (ops.length > 0) relevant.push({ st, ops });
  }
  const mk = (r: Rule, lo: number, hi: number, sink: Sink): RuleRun => ({
    pc: x.pc,
    spell: x.spell,
    rule: r,
    trialId: undefined,
    waive: undefined,
    lo,
    hi,
    segmented: relevant.length > 0,
    sink,
    forms: x.forms,
  });
  if (relevant.length === 0) {
    dispatch(mk(rule, vf, vt, x.sink));
    return;
  }
  const cuts = new Set<number>([vf]);
  for (const { st } of relevant) {
    cuts.add(Math.max(vf, st.from));
    if (st.to < vt) cuts.add(st.to + 1);
  }
  const starts = [...cuts].filter((c) => c >= vf && c <= vt).sort((a, b) => a - b);
  for (let i = 0; i < starts.length; i++) {
    const lo = starts[i]!;
    const hi = i + 1 < starts.length ? starts[i + 1]! - 1 : vt;
    const covering = relevant.filter(({ st }) => st.from <= lo && st.to >= hi);
    if (covering.length === 0) {
      dispatch(mk(rule, lo, hi, x.sink));
      continue;
    }
    let version = rule;
    let waive: RuleRun['waive'];
    const ids: string[] = [];
    for (const { st, ops } of covering) {
      ids.push(st.at.trial.id);
      for (const op of ops) {
        const run = mk(rule, lo, hi, x.sink);
        run.trialId = st.at.trial.id;
        if (op.op === 'waive' && needsDecision(st.at, op)) {
          // Used per citizen: only from the municipality's recorded decision.
          const d = decisionFor(x.pc, x.spell, st.at.trial.id);
          if (!d) {
            if (x.sink.traceOn)
              trace(
                run,
                `Forsøget «${st.at.trial.title.da}» kunne fravige reglen, men der er ikke truffet afgørelse om at bruge det for borgeren, så den almindelige regel gælder.`,
                `Trial "${st.at.trial.title.en}" could set the rule aside, but no decision to use it for this person is recorded, so the ordinary rule applies.`,
              );
            continue;
          }
          waive = { trialId: st.at.trial.id, when: op.when, from: d.day, decision: d.ev.id };
          if (x.sink.traceOn)
            trace(
              run,
              `Fritagelsen gælder fra afgørelsen ${d.ev.date}${d.ev.conductedBy ? ` (${d.ev.conductedBy})` : ''}: ${op.description.da}`,
              `The exemption applies from the decision of ${d.ev.date}${d.ev.conductedBy ? ` (${d.ev.conductedBy})` : ''}: ${op.description.en}`,
            );
          continue;
        }
        if (op.op === 'waive') waive = { trialId: st.at.trial.id, when: op.when };
        else version = transform(version, op);
        if (x.sink.traceOn)
          trace(
            run,
            `Forsøget «${st.at.trial.title.da}» ændrer reglen ${isoOf(lo)}–${hi === INF ? '' : isoOf(hi)}: ${op.description.da}`,
            `Trial "${st.at.trial.title.en}" changes the rule ${isoOf(lo)}–${hi === INF ? '' : isoOf(hi)}: ${op.description.en}`,
          );
      }
    }
    const overlay = newSink(x.sink.traceOn);
    const run = mk(version, lo, hi, overlay);
    run.trialId = ids.join('+');
    run.waive = waive;
    dispatch(run);
    // The statutory shadow run is only compared, never shown: no trace.
    const shadow = newSink(false);
    dispatch(mk(rule, lo, hi, shadow));
    keepLawful(overlay, shadow);
    recordUses(x.sink, overlay, shadow, rule, waive?.trialId ?? ids[0]!, x.pc, waive?.decision);
  }
}

/**
 * An exemption widens what is lawful; it never narrows it (issue #11 item 1;
 * the trials are exemptions from the statute, Bek. nr. 1184 af 25/11/2019).
 * Where the statute counts an obligation as met on time and the trial version
 * does not (Aalborg's joint meeting at 8–10 weeks against a meeting the law
 * accepts on day 17), the statute's verdict stands; a finding the statute would
 * not raise about the same events is dropped.
 */
function keepLawful(overlay: Sink, shadow: Sink): void {
  const obs = overlay.obligations;
  for (let k = 0; k < obs.length; k++) {
    const o = obs[k]!;
    if (o.status === 'waived' || (o.status === 'met' && !o.late)) continue;
    const b = shadow.obligations.find((s) => s.seq === o.seq && s.status === 'met' && !s.late);
    if (!b) continue;
    obs[k] = { ...b };
    if (overlay.traceOn)
      overlay.trace.push({
        ruleId: o.ruleId,
        spellId: o.spellId,
        da: `Et forsøg kan kun udvide det tilladte: kravet er opfyldt efter loven (frist ${b.dueBy}), så forsøgets snævrere tidsramme gælder ikke her.`,
        en: `A trial can only widen what is lawful: the event meets the statutory requirement (deadline ${b.dueBy}), so the trial's narrower timing is not applied.`,
      });
  }
  const keys = new Set(shadow.findings.map((f) => f.events.join()));
  overlay.findings = overlay.findings.filter(
    (f) => f.severity === 'info' || keys.has(f.events.join()),
  );
}

/**
 * Compares the trial version with the statutory version on the same segment:
 * unchanged obligations and findings lose their trialId; each statutory breach
 * the trial removed is a use of the exemption.
 */
function recordUses(
  sink: Sink,
  overlay: Sink,
  shadow: Sink,
  rule: Rule,
  trialId: string,
  pc: PreparedCase,
  decision?: string,
): void {
  const ruleId = rule.id;
  const ruleTitle = rule.title;
  for (const o of overlay.obligations) {
    const b = shadow.obligations.find((s) => s.seq === o.seq && s.ruleId === o.ruleId);
    if (
      b &&
      b.windowStart === o.windowStart &&
      b.dueBy === o.dueBy &&
      b.status === o.status &&
      o.status !== 'waived'
    ) {
      delete o.trialId;
    }
  }
  for (const b of shadow.obligations) {
    if (b.status !== 'overdue' && !(b.status === 'met' && b.late)) continue;
    const o = overlay.obligations.find((s) => s.seq === b.seq && s.ruleId === b.ruleId);
    if (o && o.status === b.status && o.late === b.late) continue;
    sink.uses.push({
      trialId,
      ruleId,
      ruleTitle,
      day: dayOfCached(b.dueBy),
      noteFrom: dayOfCached(b.windowStart),
      events: b.metBy ? [b.metBy] : [],
      ...(decision && o?.status === 'waived' ? { decision } : {}),
    });
  }
  const seen = new Set(sink.uses.map((u) => `${u.trialId}|${u.ruleId}|${u.events.join()}`));
  for (const f of shadow.findings) {
    if (f.severity === 'info') continue;
    if (overlay.findings.some((o) => o.message.en === f.message.en)) continue;
    const key = `${trialId}|${ruleId}|${f.events.join()}`;
    if (seen.has(key)) continue;
    // A before-event breach is already a use through its obligation (due on the trigger day).
    const first = f.events[0];
    const fday = first === undefined ? undefined : pc.events.find((e) => e.ev.id === first)?.day;
    if (
      fday !== undefined &&
      sink.uses.some((u) => u.trialId === trialId && u.ruleId === ruleId && u.day === fday)
    )
      continue;
    seen.add(key);
    // day −1: the documentation check dates the use by its first event.
    sink.uses.push({ trialId, ruleId, ruleTitle, day: -1, noteFrom: -1, events: [...f.events] });
  }
  // A finding the statute raises in the same words is not the trial's doing.
  for (const f of overlay.findings) {
    if (f.trialId && shadow.findings.some((b) => b.message.en === f.message.en)) delete f.trialId;
  }
  sink.obligations.push(...overlay.obligations);
  sink.findings.push(...overlay.findings);
  sink.trace.push(...overlay.trace);
}
