/** Plain summaries of rules and trials for listings (CLI, API), and what changed between two dates. */
import type { Catalog } from './engine/catalog.ts';
import { ANNOUNCED_REGIMES } from './horizon.ts';
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
  /** 1-based version number when the rule id has several versions. */
  version: number | null;
  /** Dated parameters of this version: value, in force from, and the law that set it. */
  parameters: { name: string; value: unknown; from: string; setBy: string }[];
  transition: { da: string; en: string } | null;
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
    source: r.source.map((s) =>
      s.url ? `${s.file}, ${s.pages}: ${s.url} (read ${s.read ?? '?'})` : `${s.file} p. ${s.pages}`,
    ),
    version: r.version ?? null,
    parameters: Object.entries(r.parameters ?? {}).map(([name, p]) => ({
      name,
      value: p.value,
      from: p.from,
      setBy: `${p.setBy.law}, ${p.setBy.paragraph}`,
    })),
    transition: r.transition ?? null,
  };
}

/** Whether a rule version is in force on a day (inclusive validity). */
function inForce(r: Rule, date: string): boolean {
  return r.validity.from <= date && (r.validity.to === undefined || date <= r.validity.to);
}

export interface RulesOnDate {
  asOf: string;
  /** false past the catalogue's horizon: the law on that day is not encoded. */
  encoded: boolean;
  horizon: string | null;
  /** Announced regimes the catalogue does not hold, from on or before the date. */
  notEncoded: { id: string; from: string; title: { da: string; en: string }; status: string }[];
  rules: RuleSummary[];
}

/** The rule versions in force on a date; none past the horizon, where the law is not encoded. */
export function rulesOnDate(catalog: Catalog, date: string): RulesOnDate {
  const encoded = catalog.horizon === undefined || date <= catalog.horizon;
  return {
    asOf: date,
    encoded,
    horizon: catalog.horizon ?? null,
    notEncoded: ANNOUNCED_REGIMES.filter((a) => a.from <= date).map((a) => ({
      id: a.id,
      from: a.from,
      title: a.title,
      status: a.status,
    })),
    rules: encoded ? catalog.rules.filter((r) => inForce(r, date)).map(summariseRule) : [],
  };
}

export interface ValueChange {
  name: string;
  from: unknown;
  to: unknown;
  /** The law that set the new value. */
  setBy: string | null;
}

export interface RuleChange {
  id: string;
  from: RuleSummary;
  to: RuleSummary;
  values: ValueChange[];
}

export interface RulesDiff {
  from: string;
  to: string;
  /** false when `to` lies past the horizon: what changed there is not known. */
  encoded: boolean;
  horizon: string | null;
  notEncoded: RulesOnDate['notEncoded'];
  added: RuleSummary[];
  removed: RuleSummary[];
  changed: RuleChange[];
}

/** What changed between two dates: rules added, removed, and versions whose values changed (with their law). */
export function diffRules(catalog: Catalog, from: string, to: string): RulesDiff {
  const a = rulesOnDate(catalog, from);
  const b = rulesOnDate(catalog, to);
  const before = new Map(a.rules.map((r) => [r.id, r]));
  const after = new Map(b.rules.map((r) => [r.id, r]));
  const changed: RuleChange[] = [];
  for (const [id, x] of after) {
    const y = before.get(id);
    if (!y || (y.version === x.version && y.validFrom === x.validFrom)) continue;
    const names = new Set([...x.parameters, ...y.parameters].map((p) => p.name));
    const values: ValueChange[] = [];
    for (const name of names) {
      const old = y.parameters.find((p) => p.name === name);
      const now = x.parameters.find((p) => p.name === name);
      if (JSON.stringify(old?.value) === JSON.stringify(now?.value)) continue;
      values.push({
        name,
        from: old?.value ?? null,
        to: now?.value ?? null,
        setBy: now?.setBy ?? null,
      });
    }
    changed.push({ id, from: y, to: x, values });
  }
  return {
    from,
    to,
    encoded: b.encoded,
    horizon: b.horizon,
    notEncoded: b.notEncoded.filter((n) => n.from > from),
    added: b.rules.filter((r) => !before.has(r.id)),
    removed: a.rules.filter((r) => !after.has(r.id)),
    changed,
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
