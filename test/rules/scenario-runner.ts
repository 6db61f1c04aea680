/** Loads and checks golden scenarios (format in scenario-format.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { CaseFileSchema } from '../../src/rules/case-format.ts';
import {
  type EvaluationResult,
  evaluate,
  type Finding,
  type Obligation,
} from '../../src/rules/engine.ts';
import type {
  ExpectedFinding,
  ExpectedObligation,
  Scenario,
  ScenarioFile,
} from './scenario-format.ts';

const ROOT = join(import.meta.dirname, 'scenarios');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .map((f) => join(dir, f))
    .sort();
}

export function loadScenarios(): { file: string; scenario: Scenario }[] {
  const out: { file: string; scenario: Scenario }[] = [];
  for (const file of yamlFiles(ROOT)) {
    let doc: ScenarioFile;
    try {
      doc = parse(readFileSync(file, 'utf8'), { merge: true }) as ScenarioFile;
    } catch (error) {
      // A broken file becomes one failing scenario instead of breaking the suite.
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      out.push({
        file: relative(ROOT, file),
        scenario: {
          title: `unreadable YAML: ${message}`,
          source: '',
          asOf: '',
          case: {},
          expect: {},
        },
      });
      continue;
    }
    for (const scenario of doc.scenarios ?? []) out.push({ file: relative(ROOT, file), scenario });
  }
  return out;
}

function obligationMatches(e: ExpectedObligation, a: Obligation): boolean {
  if (e.ruleId !== a.ruleId) return false;
  if (e.status !== undefined && e.status !== a.status) return false;
  if (e.dueBy !== undefined && e.dueBy !== a.dueBy) return false;
  if (e.windowStart !== undefined && e.windowStart !== a.windowStart) return false;
  if (e.metBy !== undefined && e.metBy !== a.metBy) return false;
  if (e.late !== undefined && e.late !== (a.late ?? false)) return false;
  if (e.trialId !== undefined && (e.trialId ?? undefined) !== a.trialId) return false;
  if (e.seq !== undefined && e.seq !== a.seq) return false;
  if (e.spellId !== undefined && e.spellId !== a.spellId) return false;
  return true;
}

function findingMatches(e: ExpectedFinding, a: Finding): boolean {
  if (e.ruleId !== a.ruleId) return false;
  if (e.severity !== undefined && e.severity !== a.severity) return false;
  if (e.trialId !== undefined && (e.trialId ?? undefined) !== a.trialId) return false;
  if (e.events !== undefined && [...e.events].sort().join() !== [...a.events].sort().join())
    return false;
  if (
    e.contains !== undefined &&
    !a.message.en.includes(e.contains) &&
    !a.message.da.includes(e.contains)
  ) {
    return false;
  }
  return true;
}

/** Matches each expected item (× count) to a distinct actual item; all actual items of the named rules must be used. */
function assign<E extends { ruleId: string; count?: number }, A extends { ruleId: string }>(
  expected: E[],
  actual: A[],
  matches: (e: E, a: A) => boolean,
  what: string,
): string[] {
  const errors: string[] = [];
  const used = new Set<number>();
  for (const e of expected) {
    for (let n = 0; n < (e.count ?? 1); n++) {
      const i = actual.findIndex((a, k) => !used.has(k) && matches(e, a));
      if (i < 0) errors.push(`missing ${what}: ${JSON.stringify(e)}`);
      else used.add(i);
    }
  }
  const named = new Set(expected.map((e) => e.ruleId));
  actual.forEach((a, k) => {
    if (named.has(a.ruleId) && !used.has(k))
      errors.push(`unexpected ${what}: ${JSON.stringify(a)}`);
  });
  return errors;
}

/**
 * Checks a scenario's expectations with the full evaluation and again without
 * the trace (`{ trace: false }`, as the worklist runs it): obligations and
 * findings must meet the same expectations in both modes.
 */
export function checkScenario(s: Scenario): string[] {
  const file = CaseFileSchema.parse({ formatVersion: 1, trials: [], ...s.case });
  const errors = checkResult(s, evaluate(file, String(s.asOf)), true);
  const lean = evaluate(file, String(s.asOf), { trace: false });
  for (const e of checkResult(s, lean, false)) errors.push(`without trace: ${e}`);
  return errors;
}

function checkResult(s: Scenario, r: EvaluationResult, withTrace: boolean): string[] {
  const errors: string[] = [];
  const ex = s.expect ?? {};
  errors.push(...assign(ex.obligations ?? [], r.obligations, obligationMatches, 'obligation'));
  errors.push(...assign(ex.findings ?? [], r.findings, findingMatches, 'finding'));
  for (const id of ex.noObligations ?? []) {
    const got = r.obligations.filter((o) => o.ruleId === id);
    if (got.length > 0)
      errors.push(`expected no obligations for ${id}, got ${JSON.stringify(got)}`);
  }
  for (const text of withTrace ? (ex.traceContains ?? []) : []) {
    if (!r.trace.some((t) => t.da.includes(text) || t.en.includes(text))) {
      errors.push(`no trace sentence contains ${JSON.stringify(text)}`);
    }
  }
  if (ex.noFindings === 'all') {
    const named = new Set((ex.findings ?? []).map((f) => f.ruleId));
    const extra = r.findings.filter((f) => !named.has(f.ruleId));
    if (extra.length > 0) errors.push(`expected no other findings, got ${JSON.stringify(extra)}`);
  } else {
    for (const id of ex.noFindings ?? []) {
      const got = r.findings.filter((f) => f.ruleId === id);
      if (got.length > 0) errors.push(`expected no findings for ${id}, got ${JSON.stringify(got)}`);
    }
  }
  return errors;
}
