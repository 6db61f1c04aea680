/**
 * Evaluates every applicable rule on one spell: picks the rules for the target
 * group, resolves precedence (`supersedes`) and the rule's own exceptions, and
 * runs each rule over its statute and trial segments (versions.ts).
 */
import { isoOf } from '../days.ts';
import type { Rule, RuleException } from '../model.ts';
import { type RuleMeta, ruleMeta } from './catalog.ts';
import { type CondCtx, holds } from './conditions.ts';
import { dispatch } from './dispatch.ts';
import { allOps, decisionFor, needsDecision, spellPeriod } from './overlay.ts';
import { type RuleRun, type Sink, trace } from './run.ts';
import { spellName, targetGroupName } from './spell-name.ts';
import type { PSpell } from './types.ts';
import { runRule, type SpellContext, type SpellTrial, validity } from './versions.ts';

export type { SpellContext } from './versions.ts';

function hasAny(byType: Map<string, unknown>, xs: readonly string[]): boolean {
  for (const x of xs) if (byType.has(x)) return true;
  return false;
}

/** A `waive` exception of a spell-level rule (meta.spellLevel) that holds at the spell start. */
function spellException(rule: Rule, ctx: CondCtx): RuleException | undefined {
  for (const e of rule.exceptions) {
    if (e.effect.kind === 'waive' && holds(e.when, ctx)) return e;
  }
  return undefined;
}

/** A trace sentence about a rule on the spell (as `trace` writes it for a statutory run). */
function note(sink: Sink, spell: PSpell, rule: Rule, da: string, en: string): void {
  sink.trace.push({ ruleId: rule.id, spellId: spell.spell.id, da, en });
}

/** The metas of a candidate list, in its order, looked up once per list (a catalogue's lists are fixed). */
const metaLists = new WeakMap<readonly Rule[], readonly RuleMeta[]>();

function metasOf(catalog: SpellContext['catalog'], rules: readonly Rule[]): readonly RuleMeta[] {
  let ms = metaLists.get(rules);
  if (ms === undefined) {
    ms = rules.map((r) => catalog.meta.get(r) ?? ruleMeta(r));
    metaLists.set(rules, ms);
  }
  return ms;
}

export function evaluateSpell(x: SpellContext): void {
  const { pc, spell, catalog, sink } = x;
  const g = spell.spell.targetGroup;
  const spellTrials: SpellTrial[] = [];
  for (const at of x.trials) {
    const p = spellPeriod(at, spell, pc);
    if (p) {
      spellTrials.push({ at, from: p[0], to: p[1] });
      if (!sink.traceOn) continue;
      const name = spellName(spell.spell, allSpells(pc));
      const from = isoOf(p[0]);
      const to = Number.isFinite(p[1]) ? isoOf(p[1]) : undefined;
      sink.trace.push({
        trialId: at.trial.id,
        spellId: spell.spell.id,
        da: `Forsøget «${at.trial.title.da}» omfatter ${name.da} ${to ? `i perioden ${from}–${to}` : `fra ${from}`}.`,
        en: `Trial "${at.trial.title.en}" covers ${name.en} ${to ? `from ${from} to ${to}` : `from ${from}`}.`,
      });
      continue;
    }
    if (!sink.traceOn) continue;
    const name = spellName(spell.spell, allSpells(pc));
    const group = targetGroupName(g);
    sink.trace.push({
      trialId: at.trial.id,
      spellId: spell.spell.id,
      da: `Forsøget «${at.trial.title.da}» omfatter ikke ${name.da} — ${group.da}, undergruppen eller perioden ligger uden for forsøget.`,
      en: `Trial "${at.trial.title.en}" does not cover ${name.en} — ${group.en}, the sub-group or the period lies outside the trial.`,
    });
  }
  // Candidate rules: by target group, plus rules a trial widens to this group.
  let candidates: readonly Rule[] = catalog.byGroup.get(g) ?? [];
  for (const st of spellTrials) {
    for (const op of allOps(st.at)) {
      if (op.op === 'widen-groups' && op.addGroups.includes(g)) {
        const r = catalog.byId.get(op.ruleId);
        if (r && !candidates.includes(r)) candidates = [...candidates, r];
      }
    }
  }
  const noTrials = spellTrials.length === 0;
  // Conditions at the spell start (appliesWhen, spell-level exceptions) share one context.
  const atStart: CondCtx = { pc, spell, day: spell.start };
  const applicable: Rule[] = [];
  const metas: RuleMeta[] = [];
  let superseded: Set<string> | undefined;
  const candMetas = metasOf(catalog, candidates);
  for (let i = 0; i < candidates.length; i++) {
    const r = candidates[i]!;
    const m = candMetas[i]!;
    if (m.vf > pc.asOf || m.vt < spell.start) continue;
    // Without trials such a rule is skipped below anyway; unless it supersedes
    // others, its condition cannot change the outcome, so it is not tested.
    if (
      noTrials &&
      !r.supersedes &&
      (m.informational || (m.needs && !hasAny(spell.byType, m.needs)))
    )
      continue;
    if (r.appliesWhen && !holds(r.appliesWhen, atStart)) continue;
    applicable.push(r);
    metas.push(m);
    if (r.supersedes) {
      superseded ??= new Set();
      for (const id of r.supersedes) superseded.add(id);
    }
  }
  for (let i = 0; i < applicable.length; i++) {
    const rule = applicable[i]!;
    const m = metas[i]!;
    if (noTrials) {
      // Nothing to say: catalogued only, or none of the events the check looks at.
      if (m.informational) continue;
      if (m.needs && !hasAny(spell.byType, m.needs)) continue;
    }
    if (superseded?.has(rule.id)) {
      if (!sink.traceOn) continue;
      const by = applicable.find((r) => r.supersedes?.includes(rule.id))!;
      note(
        sink,
        spell,
        rule,
        `${m.refDa} gælder ikke, fordi «${by.title.da}» (${by.legalRef.printed}) har forrang.`,
        `${m.refEn} does not apply because "${by.title.en}" (${by.legalRef.printed}) takes precedence.`,
      );
      continue;
    }
    const ex = m.spellLevel ? spellException(rule, atStart) : undefined;
    if (ex) {
      if (sink.traceOn)
        note(
          sink,
          spell,
          rule,
          `${m.refDa}: undtagelsen «${ex.description.da}» gælder, så reglen giver ingen forpligtelser.`,
          `${m.refEn}: the exception "${ex.description.en}" applies, so the rule creates no obligations.`,
        );
      continue;
    }
    // Only the rules that concern the case are named: a check on events the
    // spell does not have (a prohibited offer, a ratio) says nothing, with or
    // without trials on the case.
    if (!m.informational && sink.traceOn && !(m.needs && !hasAny(spell.byType, m.needs))) {
      note(
        sink,
        spell,
        rule,
        `${m.refDa} gælder, fordi borgeren er i målgruppe ${g} fra ${spell.spell.start}.`,
        `${m.refEn} applies because the person is in target group ${g} from ${spell.spell.start}.`,
      );
    }
    runRule(x, rule, spellTrials, m);
  }
  // Rules that only exist under a trial.
  for (const st of spellTrials) {
    for (const op of allOps(st.at)) {
      if (op.op !== 'add-rule' || !op.rule.targetGroups.includes(g)) continue;
      if (op.rule.appliesWhen && !holds(op.rule.appliesWhen, atStart)) continue;
      const [vf, vt] = validity(x, op.rule);
      let from = st.from;
      if (needsDecision(st.at, op)) {
        const d = decisionFor(pc, spell, st.at.trial.id);
        if (!d) continue;
        from = Math.max(from, d.day);
      }
      const run: RuleRun = {
        pc,
        spell,
        rule: op.rule,
        trialId: st.at.trial.id,
        waive: undefined,
        lo: Math.max(vf, from),
        hi: Math.min(vt, st.to),
        sink,
        forms: x.forms,
      };
      if (sink.traceOn)
        trace(
          run,
          `Forsøget «${st.at.trial.title.da}» tilføjer: ${op.description.da}`,
          `Trial "${st.at.trial.title.en}" adds: ${op.description.en}`,
        );
      dispatch(run);
    }
  }
}

/** The case's spells, for naming one of them (spellName tells twins apart). */
function allSpells(pc: SpellContext['pc']) {
  return pc.spells.map((s) => s.spell);
}
