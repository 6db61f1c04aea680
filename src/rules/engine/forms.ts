/**
 * Form policies: whether an interview's form (in person, phone, video, group,
 * via another professional) satisfies a form rule on its date — by the rule
 * itself, by one of its exceptions (highest priority first), or by a trial's
 * `relax-form` operation. A form allowed only by a trial is a use of the trial.
 */
import type { Rule } from '../model.ts';
import type { Catalog } from './catalog.ts';
import { type CondCtx, dayOfCached, holds } from './conditions.ts';
import { allOps, spellPeriod } from './overlay.ts';
import type { FormResolver, Sink } from './run.ts';
import type { ActiveTrial, PEvent, PreparedCase, PSpell } from './types.ts';

/** The version of a rule in force on a day (the first version before, the last after). */
function versionOn(catalog: Catalog, id: string, day: number): Rule | undefined {
  const vs = catalog.versions.get(id);
  if (!vs || vs.length === 1) return vs?.[0];
  let pick = vs[0];
  for (const v of vs) if (dayOfCached(v.validity.from) <= day) pick = v;
  return pick;
}

/**
 * The form policies of one evaluation. A class rather than closures: the
 * engine makes one per case, and it keeps no per-case function objects.
 */
export class FormPolicies implements FormResolver {
  private used: Set<string> | undefined;
  /** One condition context for every test: `holds` only reads it and never calls back here. */
  private readonly ctx: CondCtx;

  constructor(
    private readonly pc: PreparedCase,
    private readonly catalog: Catalog,
    private readonly trials: readonly ActiveTrial[],
    private readonly sink: Sink,
  ) {
    this.ctx = { pc, spell: undefined as unknown as PSpell, day: 0, event: undefined };
  }

  /**
   * The verdict depends only on the policy, the event and the spell, so it is
   * decided once per spell (form checks and the interview counts ask the same
   * question) and kept in the spell's memo table.
   */
  allows(policyId: string, pe: PEvent, spell: PSpell): boolean {
    spell.formVerdicts ??= new Map();
    let memo = spell.formVerdicts.get(policyId);
    if (memo === undefined) {
      memo = new Array<number>(this.pc.events.length).fill(0);
      spell.formVerdicts.set(policyId, memo);
    }
    const known = memo[pe.i];
    if (known) return known === 1;
    const ok = this.decide(policyId, pe, spell);
    memo[pe.i] = ok ? 1 : 2;
    return ok;
  }

  private decide(policyId: string, pe: PEvent, spell: PSpell): boolean {
    const rule = versionOn(this.catalog, policyId, pe.day);
    const s = rule?.schedule;
    if (!rule || s?.kind !== 'form') return true;
    const form = pe.ev.form ?? s.defaultForm;
    if (s.allowed.includes(form)) return true;
    const ctx = this.ctx;
    ctx.spell = spell;
    ctx.day = pe.day;
    ctx.event = pe;
    for (const ex of rule.exceptions) {
      if (ex.effect.kind !== 'allow-forms' || !ex.effect.forms.includes(form)) continue;
      if (holds(ex.when, ctx)) return true;
    }
    for (const at of this.trials) {
      const p = spellPeriod(at, spell, this.pc);
      if (!p || pe.day < p[0] || pe.day > p[1]) continue;
      for (const op of allOps(at)) {
        if (op.op !== 'relax-form' || op.ruleId !== policyId || !op.addForms.includes(form))
          continue;
        ctx.spell = spell;
        ctx.day = pe.day;
        ctx.event = pe;
        if (op.when && !holds(op.when, ctx)) continue;
        const key = `${at.trial.id}|${pe.ev.id}`;
        this.used ??= new Set();
        if (!this.used.has(key)) {
          this.used.add(key);
          this.sink.uses.push({
            trialId: at.trial.id,
            ruleId: policyId,
            ruleTitle: rule.title,
            day: pe.day,
            noteFrom: pe.day,
            events: [pe.ev.id],
          });
        }
        return true;
      }
    }
    return false;
  }
}
