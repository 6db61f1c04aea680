/**
 * Applying trials: which trials apply to a case and spell, for which days, and
 * how each operation turns a statutory rule into the trial's rule version.
 * See src/rules/trials/model.ts for the semantics.
 */
import { addSpan } from '../days.ts';
import type { Rule, Schedule } from '../model.ts';
import type { Trial, TrialOperation } from '../trials/model.ts';
import { dayOfCached, holds } from './conditions.ts';
import type { Sink } from './run.ts';
import type { ActiveTrial, PEvent, PreparedCase, PSpell } from './types.ts';

const INF = Number.POSITIVE_INFINITY;

/** Trials listed on the case whose municipality scope covers the case. */
export function activeTrials(
  pc: PreparedCase,
  trials: ReadonlyMap<string, Trial>,
  sink: Sink,
): ActiveTrial[] {
  const out: ActiveTrial[] = [];
  for (const entry of pc.file.trials) {
    const trial = trials.get(entry.trialId);
    if (!trial) {
      if (sink.traceOn)
        sink.trace.push({
          trialId: entry.trialId,
          da: `Forsøget ${entry.trialId} findes ikke i kataloget og har ingen virkning.`,
          en: `Trial ${entry.trialId} is not in the catalogue and has no effect.`,
        });
      continue;
    }
    if (trial.notStarted) {
      if (sink.traceOn)
        sink.trace.push({
          trialId: trial.id,
          da: `Forsøget «${trial.title.da}» blev aldrig sat i gang og ændrer intet: ${trial.notStarted.reason.da}`,
          en: `Trial "${trial.title.en}" was never started and changes nothing: ${trial.notStarted.reason.en}`,
        });
      continue;
    }
    const entries = trial.scope.municipalities.filter((m) => m.code === pc.file.municipality);
    if (entries.length === 0) {
      if (sink.traceOn)
        sink.trace.push({
          trialId: trial.id,
          da: `Forsøget «${trial.title.da}» gælder ikke i kommune ${pc.file.municipality} og har ingen virkning.`,
          en: `Trial "${trial.title.en}" does not cover municipality ${pc.file.municipality} and has no effect.`,
        });
      continue;
    }
    // A municipality may take part in several parts of a trial (own groups and dates each).
    for (const ms of entries) {
      const msEnd = ms.end ?? trial.scope.defaultEnd;
      const from = Math.max(dayOfCached(ms.start), dayOfCached(entry.start));
      let to = Math.min(msEnd ? dayOfCached(msEnd) : INF, entry.end ? dayOfCached(entry.end) : INF);
      if (trial.documentation.subGoalsEndExemption) {
        const goal = pc.events.find((pe) => pe.type === 'sub-goal' && pe.ev.trialId === trial.id);
        if (goal) to = Math.min(to, goal.day - 1);
      }
      // An empty period (from > to) is kept so the trace can name the trial; it covers no day.
      out.push({
        trial,
        entry,
        municipality: ms,
        from,
        to,
        variants: [...(ms.variants ?? []), ...(entry.variants ?? [])],
        excludeOperations: ms.excludeOperations ?? [],
        excludeRules: ms.excludeRules ?? [],
      });
    }
  }
  return out;
}

/** The days of a spell that a trial covers, or undefined when the spell is out of scope. */
export function spellPeriod(
  at: ActiveTrial,
  spell: PSpell,
  pc: PreparedCase,
): [number, number] | undefined {
  const scope = at.trial.scope;
  const g = spell.spell.targetGroup;
  const groups = at.municipality.targetGroups ?? scope.targetGroups;
  if (!groups.includes(g)) return undefined;
  if (at.entry.targetGroups && !at.entry.targetGroups.includes(g)) return undefined;
  if (scope.subGroups) {
    const sg = spell.spell.subGroups;
    if (!sg || !scope.subGroups.some((s) => sg.includes(s))) return undefined;
  }
  if (scope.when && !holds(scope.when, { pc, spell, day: spell.start })) return undefined;
  const mw = at.municipality.when;
  if (mw && !holds(mw, { pc, spell, day: spell.start })) return undefined;
  // Events linked to the spell (by spellId) before its start are judged under the
  // trial in force on their date, so the trial's days reach back to the first of them.
  const first = spell.events[0]?.day ?? spell.start;
  let from = Math.max(at.from, Math.min(spell.start, first));
  if (
    scope.fromSpellOffset &&
    (!scope.fromSpellOffsetGroups || scope.fromSpellOffsetGroups.includes(g))
  )
    from = Math.max(from, addSpan(spell.start, scope.fromSpellOffset, 'clamp'));
  const to = Math.min(at.to, spell.end);
  return from <= to ? [from, to] : undefined;
}

function targetOf(op: TrialOperation): string | undefined {
  return op.op === 'add-rule' ? undefined : op.ruleId;
}

/** Whether the municipality left this operation out (by kind or by option). */
function excluded(at: ActiveTrial, op: TrialOperation): boolean {
  const ex = at.excludeOperations;
  if (ex.length === 0) return false;
  return ex.includes(op.op) || (op.option !== undefined && ex.includes(op.option));
}

/** The trial's operations (with its local variants) that affect `ruleId`. */
export function opsFor(at: ActiveTrial, ruleId: string): TrialOperation[] {
  const out: TrialOperation[] = [];
  if (at.excludeRules.includes(ruleId)) return out;
  const take = (op: TrialOperation) => {
    if (targetOf(op) === ruleId && !excluded(at, op)) out.push(op);
  };
  for (const op of at.trial.operations) take(op);
  for (const v of at.trial.localVariants)
    if (at.variants.includes(v.id)) for (const op of v.operations) take(op);
  return out;
}

/** All operations of a trial including the chosen variants. */
export function allOps(at: ActiveTrial): TrialOperation[] {
  const keep = (op: TrialOperation) =>
    !excluded(at, op) && !at.excludeRules.includes(targetOf(op) ?? '');
  const out = at.trial.operations.filter(keep);
  for (const v of at.trial.localVariants) {
    if (at.variants.includes(v.id)) out.push(...v.operations.filter(keep));
  }
  return out;
}

function withSchedule(rule: Rule, schedule: Schedule): Rule {
  return { ...rule, schedule };
}

/** The rule version after one operation (`waive`, `relax-form` and `add-rule` are handled elsewhere). */
export function transform(rule: Rule, op: TrialOperation): Rule {
  const s = rule.schedule;
  switch (op.op) {
    case 'replace':
      return op.replacement;
    case 'relax-deadline': {
      if (s.kind === 'once') {
        return withSchedule(rule, {
          ...s,
          ...(op.windowStart ? { windowStart: op.windowStart } : {}),
          ...(op.dueBy ? { dueBy: op.dueBy } : {}),
        });
      }
      if (s.kind === 'cadence') {
        const next = { ...s, ...(op.maxGap ? { maxGap: op.maxGap } : {}) };
        if (op.minGap === null) delete next.minGap;
        else if (op.minGap) next.minGap = op.minGap;
        return withSchedule(rule, next);
      }
      if (s.kind === 'count' && op.dueBy) return withSchedule(rule, { ...s, period: op.dueBy });
      return rule;
    }
    case 'relax-count':
      return s.kind === 'count' ? withSchedule(rule, { ...s, count: op.count }) : rule;
    case 'relax-content': {
      if (s.kind !== 'content') return rule;
      const drop = op.dropItems;
      const kept = drop === 'all' ? [] : s.items.filter((it) => !drop.includes(it.id));
      return withSchedule(rule, {
        ...s,
        items: [...kept, ...(op.addItems ?? [])],
        ...(op.keepForFirst ? { firstItems: s.firstItems ?? s.items } : {}),
      });
    }
    case 'change-match': {
      const patch = (m: import('../model.ts').EventMatch) => ({
        ...m,
        types: op.addTypes ? [...m.types, ...op.addTypes] : m.types,
        ...(op.maxPerType ? { maxPerType: { ...m.maxPerType, ...op.maxPerType } } : {}),
        ...(op.details ? { details: { ...m.details, ...op.details } } : {}),
      });
      if ('met' in s) return withSchedule(rule, { ...s, met: patch(s.met) } as Schedule);
      if ('applies' in s)
        return withSchedule(rule, { ...s, applies: patch(s.applies) } as Schedule);
      return rule;
    }
    case 'accept-alternatives': {
      if (!('met' in s)) return rule;
      const cur = s.met.details?.certificate;
      const list = [
        ...(Array.isArray(cur) ? cur : cur === undefined ? [] : [cur]),
        ...op.certificates,
      ];
      return withSchedule(rule, {
        ...s,
        met: { ...s.met, details: { ...s.met.details, certificate: list as string[] } },
      } as Schedule);
    }
    case 'widen-groups':
      return { ...rule, targetGroups: [...rule.targetGroups, ...op.addGroups] };
    default:
      return rule;
  }
}

/** Whether the operation is used per citizen, only from a recorded exemption decision. */
export function needsDecision(at: ActiveTrial, op: TrialOperation): boolean {
  const opts = at.trial.documentation.decisionOptions;
  return opts !== undefined && op.option !== undefined && opts.includes(op.option);
}

/** The first exemption decision citing the trial for this spell (or for every spell of the case). */
export function decisionFor(pc: PreparedCase, spell: PSpell, trialId: string): PEvent | undefined {
  for (const pe of pc.events) {
    if (pe.type !== 'exemption-decision' || pe.ev.trialId !== trialId) continue;
    if (pe.spellId === undefined || pe.spellId === spell.spell.id) return pe;
  }
  return undefined;
}
