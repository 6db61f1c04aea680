/**
 * Every scenario names real rules and trials, every rule that creates
 * obligations or findings has at least three scenarios, and every trial has at
 * least three.
 */
import { describe, expect, it } from 'vitest';
import { getDefaultCatalog } from '../../src/rules/engine.ts';
import { HORIZON_RULE_ID } from '../../src/rules/horizon.ts';
import { loadScenarios } from './scenario-runner.ts';

const catalog = getDefaultCatalog();
const scenarios = loadScenarios();

function knownIds(): Set<string> {
  const ids = new Set<string>(catalog.byId.keys());
  ids.add(HORIZON_RULE_ID);
  for (const t of catalog.trials.values()) {
    ids.add(t.id);
    const ops = [...t.operations, ...t.localVariants.flatMap((v) => v.operations)];
    for (const op of ops) {
      if (op.op === 'replace') ids.add(op.replacement.id);
      if (op.op === 'add-rule') ids.add(op.rule.id);
    }
  }
  return ids;
}

describe('scenario coverage', () => {
  const known = knownIds();
  it('scenarios only name known rules and trials', () => {
    const unknown: string[] = [];
    for (const { file, scenario } of scenarios) {
      const ex = scenario.expect ?? {};
      const ids = [
        ...(scenario.rules ?? []),
        ...(ex.obligations ?? []).map((o) => o.ruleId),
        ...(ex.findings ?? []).map((f) => f.ruleId),
        ...(ex.noObligations ?? []),
        ...(Array.isArray(ex.noFindings) ? ex.noFindings : []),
      ];
      for (const id of ids) if (!known.has(id)) unknown.push(`${file}: ${id}`);
    }
    expect(unknown).toEqual([]);
  });

  it('every rule with a schedule and every trial has at least three scenarios', () => {
    const count = new Map<string, number>();
    for (const { scenario } of scenarios) {
      for (const id of new Set(scenario.rules ?? [])) count.set(id, (count.get(id) ?? 0) + 1);
    }
    const thin: string[] = [];
    for (const r of catalog.rules) {
      if (r.schedule.kind === 'informational') continue;
      if ((count.get(r.id) ?? 0) < 3) thin.push(`${r.id}: ${count.get(r.id) ?? 0}`);
    }
    for (const t of catalog.trials.values()) {
      if ((count.get(t.id) ?? 0) < 3) thin.push(`${t.id}: ${count.get(t.id) ?? 0}`);
    }
    expect(thin).toEqual([]);
  });

  it('there are at least 150 golden scenarios', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(150);
  });
});
