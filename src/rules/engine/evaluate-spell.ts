/**
 * Evaluates every applicable rule on one spell: picks the rules for the target
 * group, resolves precedence (`supersedes`) and the rule's own exceptions, and
 * runs each rule over its statute and trial segments (versions.ts).
 */
import { isoOf } from '../days.ts';
import type { Rule, RuleException } from '../model.ts';
import { ruleMeta } from './catalog.ts';
import { holds } from './conditions.ts';
import { dispatch } from './dispatch.ts';
import { allOps, spellPeriod } from './overlay.ts';
import { type RuleRun, trace } from './run.ts';
import type { PreparedCase, PSpell } from './types.ts';
import { runRule, type SpellContext, type SpellTrial, validity } from './versions.ts';

export type { SpellContext } from './versions.ts';

function hasAny(byType: Map<string, unknown>, xs: readonly string[]): boolean {
  for (const x of xs) if (byType.has(x)) return true;
  return false;
}

const SPELL_LEVEL = new Set([
  'once',
  'count',
  'cadence',
  'max-duration',
  'accumulation',
  'nth-event',
]);

function spellException(rule: Rule, pc: PreparedCase, spell: PSpell): RuleException | undefined {
  if (!SPELL_LEVEL.has(rule.schedule.kind)) return undefined;
  for (const e of rule.exceptions) {
    if (e.effect.kind === 'waive' && holds(e.when, { pc, spell, day: spell.start })) return e;
  }
  return undefined;
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
      const to = Number.isFinite(p[1]) ? isoOf(p[1]) : '';
      sink.trace.push({
        trialId: at.trial.id,
        spellId: spell.spell.id,
        da: `Forsøget ${at.trial.id} omfatter forløb ${spell.spell.id} i perioden ${isoOf(p[0])}–${to}.`,
        en: `Trial ${at.trial.id} covers spell ${spell.spell.id} from ${isoOf(p[0])} to ${to}.`,
      });
      continue;
    }
    if (!sink.traceOn) continue;
    sink.trace.push({
      trialId: at.trial.id,
      spellId: spell.spell.id,
      da: `Forsøget ${at.trial.id} omfatter ikke forløb ${spell.spell.id} (målgruppe ${g}, undergrupper eller periode uden for forsøget).`,
      en: `Trial ${at.trial.id} does not cover spell ${spell.spell.id} (target group ${g}, sub-groups or period outside the trial).`,
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
  const applicable: Rule[] = [];
  let superseded: Set<string> | undefined;
  for (const r of candidates) {
    const m = catalog.meta.get(r) ?? ruleMeta(r);
    if (m.vf > pc.asOf || m.vt < spell.start) continue;
    if (r.appliesWhen && !holds(r.appliesWhen, { pc, spell, day: spell.start })) continue;
    applicable.push(r);
    if (r.supersedes) {
      superseded ??= new Set();
      for (const id of r.supersedes) superseded.add(id);
    }
  }
  for (const rule of applicable) {
    const m = catalog.meta.get(rule) ?? ruleMeta(rule);
    if (noTrials) {
      // Nothing to say: catalogued only, or none of the events the check looks at.
      if (m.informational) continue;
      if (m.needs && !hasAny(spell.byType, m.needs)) continue;
    }
    const base: RuleRun = {
      pc,
      spell,
      rule,
      trialId: undefined,
      waive: undefined,
      lo: 0,
      hi: 0,
      sink,
      forms: x.forms,
    };
    if (superseded?.has(rule.id)) {
      if (!sink.traceOn) continue;
      const by = applicable.find((r) => r.supersedes?.includes(rule.id))!;
      trace(
        base,
        `${m.refDa} gælder ikke, fordi ${by.id} (${by.legalRef.printed}) har forrang.`,
        `${m.refEn} does not apply because ${by.id} (${by.legalRef.printed}) takes precedence.`,
      );
      continue;
    }
    const ex = spellException(rule, pc, spell);
    if (ex) {
      if (sink.traceOn)
        trace(
          base,
          `${m.refDa}: undtagelsen «${ex.description.da}» gælder, så reglen giver ingen forpligtelser.`,
          `${m.refEn}: the exception "${ex.description.en}" applies, so the rule creates no obligations.`,
        );
      continue;
    }
    if (!m.informational && sink.traceOn) {
      trace(
        base,
        `${m.refDa} gælder, fordi borgeren er i målgruppe ${g} fra ${spell.spell.start}.`,
        `${m.refEn} applies because the person is in target group ${g} from ${spell.spell.start}.`,
      );
    }
    runRule(x, rule, spellTrials);
  }
  // Rules that only exist under a trial.
  for (const st of spellTrials) {
    for (const op of allOps(st.at)) {
      if (op.op !== 'add-rule' || !op.rule.targetGroups.includes(g)) continue;
      if (op.rule.appliesWhen && !holds(op.rule.appliesWhen, { pc, spell, day: spell.start }))
        continue;
      const [vf, vt] = validity(x, op.rule);
      const run: RuleRun = {
        pc,
        spell,
        rule: op.rule,
        trialId: st.at.trial.id,
        waive: undefined,
        lo: Math.max(vf, st.from),
        hi: Math.min(vt, st.to),
        sink,
        forms: x.forms,
      };
      if (sink.traceOn)
        trace(
          run,
          `Forsøget ${st.at.trial.id} tilføjer: ${op.description.da}`,
          `Trial ${st.at.trial.id} adds: ${op.description.en}`,
        );
      dispatch(run);
    }
  }
}
