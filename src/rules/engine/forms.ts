/**
 * Form policies: whether an interview's form (in person, phone, video, group,
 * via another professional) satisfies a form rule on its date — by the rule
 * itself, by one of its exceptions (highest priority first), or by a trial's
 * `relax-form` operation. A form allowed only by a trial is a use of the trial.
 */
import type { Catalog } from './catalog.ts';
import { holds } from './conditions.ts';
import { allOps, spellPeriod } from './overlay.ts';
import type { FormResolver, Sink } from './run.ts';
import type { ActiveTrial, PreparedCase } from './types.ts';

export function formResolver(
  pc: PreparedCase,
  catalog: Catalog,
  trials: readonly ActiveTrial[],
  sink: Sink,
): FormResolver {
  const used = new Set<string>();
  return (policyId, pe, spell) => {
    const rule = catalog.byId.get(policyId);
    const s = rule?.schedule;
    if (!rule || s?.kind !== 'form') return true;
    const form = pe.ev.form ?? s.defaultForm;
    if (s.allowed.includes(form)) return true;
    for (const ex of rule.exceptions) {
      if (ex.effect.kind !== 'allow-forms' || !ex.effect.forms.includes(form)) continue;
      if (holds(ex.when, { pc, spell, day: pe.day, event: pe })) return true;
    }
    for (const at of trials) {
      const p = spellPeriod(at, spell, pc);
      if (!p || pe.day < p[0] || pe.day > p[1]) continue;
      for (const op of allOps(at)) {
        if (op.op !== 'relax-form' || op.ruleId !== policyId || !op.addForms.includes(form))
          continue;
        if (op.when && !holds(op.when, { pc, spell, day: pe.day, event: pe })) continue;
        const key = `${at.trial.id}|${pe.ev.id}`;
        if (!used.has(key)) {
          used.add(key);
          sink.uses.push({
            trialId: at.trial.id,
            ruleId: policyId,
            day: pe.day,
            noteFrom: pe.day,
            events: [pe.ev.id],
          });
        }
        return true;
      }
    }
    return false;
  };
}
