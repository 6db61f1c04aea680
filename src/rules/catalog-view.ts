/** Plain summaries of rules and trials for listings (CLI, API). */
import type { Rule } from './model.ts';
import type { Trial } from './trials/model.ts';

export interface RuleSummary {
  id: string;
  title: { da: string; en: string };
  legalRef: string;
  regime: string;
  validFrom: string;
  validTo: string | null;
  targetGroups: string[];
  requires: string;
  computed: boolean;
  source: string[];
}

export function summariseRule(r: Rule): RuleSummary {
  return {
    id: r.id,
    title: r.title,
    legalRef: r.legalRef.printed,
    regime: r.regime,
    validFrom: r.validity.from,
    validTo: r.validity.to ?? null,
    targetGroups: [...r.targetGroups],
    requires: r.requires,
    computed: r.schedule.kind !== 'informational',
    source: r.source.map((s) => `${s.file} p. ${s.pages}`),
  };
}

export interface TrialSummary {
  id: string;
  title: { da: string; en: string };
  legalBasis: string;
  municipalities: {
    code: string;
    name: string;
    part: string | null;
    start: string;
    end: string | null;
    targetGroups: string[];
  }[];
  period: { start: string; end: string | null };
  targetGroups: string[];
  rulesAffected: string[];
  /** false for a trial that was approved but never put into effect (it changes nothing). */
  started: boolean;
  decision: string | null;
}

export function summariseTrial(t: Trial): TrialSummary {
  const municipalities = t.scope.municipalities.map((m) => ({
    code: m.code,
    name: m.name,
    part: m.part ?? null,
    start: m.start,
    end: m.end ?? t.scope.defaultEnd ?? null,
    targetGroups: [...(m.targetGroups ?? t.scope.targetGroups)],
  }));
  const starts = municipalities.map((m) => m.start).sort();
  const ends = municipalities.map((m) => m.end);
  const end = ends.includes(null) ? null : ((ends as string[]).sort().at(-1) ?? null);
  const ops = [...t.operations, ...t.localVariants.flatMap((v) => v.operations)];
  const affected = new Set<string>();
  for (const op of ops) affected.add(op.op === 'add-rule' ? op.rule.id : op.ruleId);
  return {
    id: t.id,
    title: t.title,
    legalBasis: t.legalBasis.printed,
    municipalities,
    period: { start: starts[0] ?? '', end },
    targetGroups: [...t.scope.targetGroups],
    rulesAffected: [...affected],
    decision: t.decision ?? null,
    started: !t.notStarted,
  };
}
